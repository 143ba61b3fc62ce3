#include "actors/common/matching/range_matching.h"

#include <algorithm>
#include <cctype>

namespace ihe::actors::detail {
namespace {

using dicom::Vr;

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

std::string without(std::string_view text, char dropped) {
  std::string out;
  for (char c : text)
    if (c != dropped) out += c;
  return out;
}

// Lays the digits of `value` ("HHMMSS.FFFFFF"-like) over `pattern`, which supplies the missing precision.
std::optional<std::string> overlay(std::string_view value, std::string pattern, std::size_t integer_digits) {
  auto dot = value.find('.');
  std::string_view whole = value.substr(0, dot);
  std::string_view fraction = dot == std::string_view::npos ? std::string_view{} : value.substr(dot + 1);
  if (whole.size() > integer_digits || !all_digits(whole) || !all_digits(fraction) || fraction.size() > 6)
    return std::nullopt;
  if (!fraction.empty() && whole.size() != integer_digits) return std::nullopt;
  std::copy(whole.begin(), whole.end(), pattern.begin());
  std::copy(fraction.begin(), fraction.end(), pattern.begin() + static_cast<long>(integer_digits) + 1);
  return pattern;
}

}  // namespace

std::optional<std::string> canonical_date_time(Vr vr, std::string_view value, bool upper) {
  if (vr == Vr::DA) {
    std::string date = without(value, '.');
    if (date.size() != 8 || !all_digits(date)) return std::nullopt;
    return date;
  }
  if (vr == Vr::TM) {
    std::string time = without(value, ':');
    if (time.size() < 2) return std::nullopt;
    return overlay(time, upper ? "235959.999999" : "000000.000000", 6);
  }
  if (vr == Vr::DT) {
    // PS3.5 6.2 DT: the "&ZZXX" UTC offset is dropped; dates compare in their own offset.
    auto offset = value.find_first_of("+-", 4);
    std::string_view local = value.substr(0, offset);
    if (local.size() < 4) return std::nullopt;
    return overlay(local, upper ? "99991231235959.999999" : "00000101000000.000000", 14);
  }
  return std::nullopt;
}

bool is_range(Vr vr, std::string_view key) {
  return (vr == Vr::DA || vr == Vr::TM || vr == Vr::DT) && key.find('-') != std::string_view::npos;
}

bool range_matches(Vr vr, std::string_view key, std::string_view candidate) {
  auto dash = key.find('-');
  std::string_view low = key.substr(0, dash);
  std::string_view high = key.substr(dash + 1);
  auto value = canonical_date_time(vr, candidate, false);
  if (!value) return false;
  if (!low.empty()) {
    auto bound = canonical_date_time(vr, low, false);
    if (!bound || *value < *bound) return false;
  }
  if (!high.empty()) {
    auto bound = canonical_date_time(vr, high, true);
    if (!bound || *value > *bound) return false;
  }
  return !low.empty() || !high.empty();
}

bool combined_range_matches(std::string_view date_key, std::string_view time_key,
                            std::string_view candidate_date, std::string_view candidate_time) {
  auto split = [](std::string_view key) {
    auto dash = key.find('-');
    if (dash == std::string_view::npos) return std::pair{key, key};
    return std::pair{key.substr(0, dash), key.substr(dash + 1)};
  };
  auto [date_low, date_high] = split(date_key);
  auto [time_low, time_high] = split(time_key);
  auto date = canonical_date_time(Vr::DA, candidate_date, false);
  auto time = canonical_date_time(Vr::TM, candidate_time.empty() ? "00" : candidate_time, false);
  if (!date || !time) return false;
  std::string value = *date + *time;
  // An open date end is open whatever the time says; a missing time bound spans the whole day.
  if (!date_low.empty()) {
    auto d = canonical_date_time(Vr::DA, date_low, false);
    auto t = canonical_date_time(Vr::TM, time_low.empty() ? "00" : time_low, false);
    if (!d || !t || value < *d + *t) return false;
  }
  if (!date_high.empty()) {
    auto d = canonical_date_time(Vr::DA, date_high, true);
    auto t = canonical_date_time(Vr::TM, time_high.empty() ? "23" : time_high, true);
    if (!d || !t || value > *d + *t) return false;
  }
  return true;
}

}  // namespace ihe::actors::detail
