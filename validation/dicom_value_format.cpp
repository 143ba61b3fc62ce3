#include "validation/dicom_value_format.h"

#include <algorithm>
#include <cctype>
#include <cstdlib>

#include "validation/data_type_format.h"

namespace ihe::validation {
namespace {

bool digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(),
                                      [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

std::string_view trimmed(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '\0')) text.remove_suffix(1);
  return text;
}

bool is_date(std::string_view v) {
  if (v.size() != 8 || !digits(v)) return false;
  const int month = std::atoi(std::string(v.substr(4, 2)).c_str());
  const int day = std::atoi(std::string(v.substr(6, 2)).c_str());
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

bool is_time(std::string_view v) {
  const auto point = v.find('.');
  const auto whole = v.substr(0, point);
  if (!digits(whole) || whole.size() % 2 != 0 || whole.size() > 6) return false;
  if (std::atoi(std::string(whole.substr(0, 2)).c_str()) > 23) return false;
  return point == std::string_view::npos ||
         (whole.size() == 6 && v.size() - point - 1 <= 6 && digits(v.substr(point + 1)));
}

bool is_code_string(std::string_view v) {
  return v.size() <= 16 && std::all_of(v.begin(), v.end(), [](char c) {
           return std::isupper(static_cast<unsigned char>(c)) ||
                  std::isdigit(static_cast<unsigned char>(c)) || c == ' ' || c == '_';
         });
}

bool is_integer_string(std::string_view v) {
  if (v.size() > 12) return false;
  if (!v.empty() && (v.front() == '+' || v.front() == '-')) v.remove_prefix(1);
  return digits(v);
}

bool is_decimal_string(std::string_view v) {
  if (v.size() > 16 || v.empty()) return false;
  char* end = nullptr;
  const std::string text(v);
  std::strtod(text.c_str(), &end);
  return end == text.c_str() + text.size() && text.find_first_not_of("0123456789+-.eE") == std::string::npos;
}

bool has_control_characters(std::string_view v, bool allow_format_effectors) {
  return std::any_of(v.begin(), v.end(), [&](char c) {
    const auto u = static_cast<unsigned char>(c);
    if (allow_format_effectors && (u == '\r' || u == '\n' || u == '\t' || u == '\f' || u == 0x1B))
      return false;
    return u < 0x20 && u != 0x1B;
  });
}

}  // namespace

std::string dicom_value_problem(dicom::Vr vr, std::string_view raw) {
  using dicom::Vr;
  const std::string_view v = vr == Vr::UI ? raw : trimmed(raw);
  switch (vr) {
    case Vr::UI:
      return is_dicom_uid(v) ? "" : "a UID: digits and dots, no leading zeros, at most 64 characters";
    case Vr::DA:
      return is_date(v) ? "" : "a date YYYYMMDD";
    case Vr::TM:
      return is_time(v) ? "" : "a time HH[MM[SS[.FFFFFF]]]";
    case Vr::CS:
      return is_code_string(v) ? "" : "a code string: upper-case letters, digits, space, _; at most 16";
    case Vr::IS:
      return is_integer_string(v) ? "" : "an integer string of at most 12 characters";
    case Vr::DS:
      return is_decimal_string(v) ? "" : "a decimal string of at most 16 characters";
    case Vr::AS:
      return v.size() == 4 && digits(v.substr(0, 3)) &&
                     std::string_view("DWMY").find(v[3]) != std::string_view::npos
                 ? ""
                 : "an age string nnnD, nnnW, nnnM or nnnY";
    case Vr::AE:
      return v.size() <= 16 && !has_control_characters(v, false) ? ""
                                                                 : "an AE title of at most 16 characters";
    case Vr::SH:
      return v.size() <= 16 && !has_control_characters(v, false)
                 ? ""
                 : "at most 16 characters, no control characters";
    case Vr::LO:
      return v.size() <= 64 && !has_control_characters(v, false)
                 ? ""
                 : "at most 64 characters, no control characters";
    case Vr::ST:
      return v.size() <= 1024 && !has_control_characters(v, true) ? "" : "at most 1024 characters";
    case Vr::LT:
      return v.size() <= 10240 && !has_control_characters(v, true) ? "" : "at most 10240 characters";
    case Vr::PN: {
      // Each component group (alphabetic, ideographic, phonetic) at most 64 characters, at most 5 components.
      std::size_t start = 0;
      while (start <= v.size()) {
        const auto end = std::min(v.find('=', start), v.size());
        const auto group = v.substr(start, end - start);
        if (group.size() > 64 || std::count(group.begin(), group.end(), '^') > 4)
          return "a person name: each group at most 64 characters and 5 components";
        start = end + 1;
      }
      return has_control_characters(v, false) ? "a person name without control characters" : "";
    }
    default:
      return "";
  }
}

}  // namespace ihe::validation
