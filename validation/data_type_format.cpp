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
  // A loop rather than find_first_of("+-"), which searches the set once per byte.
  const auto sign_at = std::find_if(text.begin(), text.end(), [](char c) { return c == '+' || c == '-'; });
  if (const auto sign = static_cast<std::size_t>(sign_at - text.begin()); sign != text.size()) {
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
  std::size_t digits = 0;
  std::size_t points = 0;
  for (const char c : text) {
    digits += std::isdigit(static_cast<unsigned char>(c)) ? 1 : 0;
    points += c == '.' ? 1 : 0;
  }
  return points <= 1 && digits > 0 && digits + points == text.size();
}

// The checked types, told apart by their few characters: this runs for every typed field of every message.
enum class Format { None, DateTime, Date, Number, SequenceId, Uid };

Format format_of(std::string_view type) {
  if (type.size() == 2) {
    if (type == "TS") return Format::DateTime;
    if (type == "DT") return Format::Date;
    if (type == "NM") return Format::Number;
    if (type == "SI") return Format::SequenceId;
  } else if (type.size() == 3) {
    if (type == "DTM") return Format::DateTime;
    if (type == "UID") return Format::Uid;
  }
  return Format::None;
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

std::string_view hl7_format_problem(std::string_view type, std::string_view value) {
  using namespace std::string_view_literals;
  switch (format_of(type)) {
    case Format::DateTime:
      return is_date_time(value, 14) ? ""sv : "YYYY[MM[DD[HH[MM[SS[.S]]]]]][+/-ZZZZ]"sv;
    case Format::Date:
      return is_date_time(value, 8) ? ""sv : "YYYY[MM[DD]]"sv;
    case Format::Number:
      return is_number(value) ? ""sv : "a decimal number"sv;
    case Format::SequenceId:
      return all_digits(value) ? ""sv : "a non-negative integer"sv;
    case Format::Uid:
      return is_dicom_uid(value) ? ""sv
                                 : "a DICOM UID: digits and dots, no leading zeros, at most 64 characters"sv;
    case Format::None:
      break;
  }
  return {};
}

}  // namespace ihe::validation
