#include "actors/hl7/path.h"

#include <charconv>

#include "base/harness_error.h"

namespace ihe::hl7 {
namespace {

bool is_upper_or_digit(char c) {
  return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Reads a positive decimal number at the front of `text` and drops it from there.
std::optional<std::size_t> take_index(std::string_view& text) {
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || value == 0) return std::nullopt;
  text.remove_prefix(static_cast<std::size_t>(end - text.data()));
  return value;
}

// Reads `[n]` at the front of `text` when there is one.
bool take_bracketed(std::string_view& text, std::optional<std::size_t>& index) {
  if (text.empty() || text.front() != '[') return true;
  text.remove_prefix(1);
  index = take_index(text);
  if (!index || text.empty() || text.front() != ']') return false;
  text.remove_prefix(1);
  return true;
}

bool take_dotted(std::string_view& text, std::optional<std::size_t>& index) {
  if (text.empty() || text.front() != '.') return true;
  text.remove_prefix(1);
  index = take_index(text);
  return index.has_value();
}

}  // namespace

bool is_segment_id(std::string_view id) {
  return id.size() == 3 && id[0] >= 'A' && id[0] <= 'Z' && is_upper_or_digit(id[1]) &&
         is_upper_or_digit(id[2]);
}

std::optional<Path> Path::parse(std::string_view text) {
  Path path;
  if (text.size() < 3 || !is_segment_id(text.substr(0, 3))) return std::nullopt;
  path.segment = std::string(text.substr(0, 3));
  text.remove_prefix(3);
  std::optional<std::size_t> occurrence;
  if (!take_bracketed(text, occurrence)) return std::nullopt;
  path.segment_occurrence = occurrence.value_or(1);
  if (text.empty() || text.front() != '-') return std::nullopt;
  text.remove_prefix(1);
  const auto field = take_index(text);
  if (!field) return std::nullopt;
  path.field = *field;
  if (!take_bracketed(text, path.repetition) || !take_dotted(text, path.component)) return std::nullopt;
  if (path.component && !take_dotted(text, path.subcomponent)) return std::nullopt;
  if (!text.empty()) return std::nullopt;
  return path;
}

Path Path::parse_or_throw(std::string_view text) {
  auto path = parse(text);
  if (!path) {
    throw HarnessError("'" + std::string(text) +
                       "' is not an HL7 field path (expected e.g. PID-3[1].4.1, OBX[2]-5)");
  }
  return *path;
}

std::string Path::to_string() const {
  std::string text = segment;
  if (segment_occurrence != 1) text += "[" + std::to_string(segment_occurrence) + "]";
  text += "-" + std::to_string(field);
  if (repetition) text += "[" + std::to_string(*repetition) + "]";
  if (component) text += "." + std::to_string(*component);
  if (subcomponent) text += "." + std::to_string(*subcomponent);
  return text;
}

}  // namespace ihe::hl7
