#include "validation/data_type_format.h"

#include <algorithm>
#include <cctype>

namespace ihe::validation {
namespace {

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

bool is_date_time(std::string_view text, std::size_t max_digits) {
  // The time-zone offset, when present, is +/- and four digits.
  if (const auto sign = text.find_first_of("+-"); sign != std::string_view::npos) {
    if (!all_digits(text.substr(sign + 1)) || text.size() - sign - 1 != 4) return false;
    text = text.substr(0, sign);
  }
  std::string_view fraction;
  if (const auto point = text.find('.'); point != std::string_view::npos) {
    fraction = text.substr(point + 1);
    text = text.substr(0, point);
    if (text.size() != 14 || fraction.empty() || fraction.size() > 4 || !all_digits(fraction)) return false;
  }
  const std::size_t n = text.size();
  return all_digits(text) && n >= 4 && n <= max_digits && n % 2 == 0;
}

bool is_number(std::string_view text) {
  if (!text.empty() && (text.front() == '+' || text.front() == '-')) text.remove_prefix(1);
  const auto points = std::count(text.begin(), text.end(), '.');
  std::string digits(text);
  digits.erase(std::remove(digits.begin(), digits.end(), '.'), digits.end());
  return points <= 1 && all_digits(digits);
}

}  // namespace

bool is_dicom_uid(std::string_view text) {
  if (text.empty() || text.size() > 64 || text.front() == '.' || text.back() == '.') return false;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto dot = std::min(text.find('.', start), text.size());
    const auto part = text.substr(start, dot - start);
    if (!all_digits(part) || (part.size() > 1 && part.front() == '0')) return false;
    start = dot + 1;
  }
  return true;
}

std::string hl7_format_problem(std::string_view type, std::string_view value) {
  if ((type == "TS" || type == "DTM") && !is_date_time(value, 14))
    return "YYYY[MM[DD[HH[MM[SS[.S]]]]]][+/-ZZZZ]";
  if (type == "DT" && !is_date_time(value, 8)) return "YYYY[MM[DD]]";
  if (type == "NM" && !is_number(value)) return "a decimal number";
  if (type == "SI" && !all_digits(value)) return "a non-negative integer";
  if (type == "UID" && !is_dicom_uid(value))
    return "a DICOM UID: digits and dots, no leading zeros, at most 64 characters";
  return {};
}

}  // namespace ihe::validation
