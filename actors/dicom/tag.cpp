#include <array>
#include <cstdio>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::dicom {
namespace {

constexpr std::array<std::string_view, 34> kVrNames = {
    "AE", "AS", "AT", "CS", "DA", "DS", "DT", "FD", "FL", "IS", "LO", "LT", "OB", "OD", "OF", "OL", "OV",
    "OW", "PN", "SH", "SL", "SQ", "SS", "ST", "SV", "TM", "UC", "UI", "UL", "UN", "UR", "US", "UT", "UV"};
static_assert(kVrNames.size() == static_cast<std::size_t>(Vr::UV) + 1);

std::optional<std::uint16_t> parse_hex4(std::string_view text) {
  if (text.size() != 4) return std::nullopt;
  std::uint16_t value = 0;
  for (char c : text) {
    int digit = c >= '0' && c <= '9'   ? c - '0'
                : c >= 'a' && c <= 'f' ? c - 'a' + 10
                : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                       : -1;
    if (digit < 0) return std::nullopt;
    value = static_cast<std::uint16_t>(value * 16 + digit);
  }
  return value;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && text.front() == ' ') text.remove_prefix(1);
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  return text;
}

}  // namespace

std::string Tag::to_string() const {
  char buffer[12];
  std::snprintf(buffer, sizeof buffer, "(%04X,%04X)", group, element);
  return buffer;
}

std::optional<Tag> Tag::parse(std::string_view text) {
  text = trim(text);
  if (text.size() == 11 && text.front() == '(' && text.back() == ')') text = text.substr(1, 9);
  std::optional<std::uint16_t> group, element;
  if (text.size() == 9 && text[4] == ',') {
    group = parse_hex4(text.substr(0, 4));
    element = parse_hex4(text.substr(5));
  } else if (text.size() == 8) {
    group = parse_hex4(text.substr(0, 4));
    element = parse_hex4(text.substr(4));
  }
  if (group && element) return Tag{*group, *element};
  if (const auto* entry = lookup(text)) return entry->tag;
  return std::nullopt;
}

std::string_view to_string(Vr vr) {
  return kVrNames.at(static_cast<std::size_t>(vr));
}

std::optional<Vr> parse_vr(std::string_view text) {
  for (std::size_t i = 0; i < kVrNames.size(); ++i)
    if (kVrNames[i] == text) return static_cast<Vr>(i);
  return std::nullopt;
}

}  // namespace ihe::dicom
