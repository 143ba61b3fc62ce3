#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace ihe::hl7 {

// The address of a value in a message, written `SEG[s]-F[r].C.S`: segment id, optional segment occurrence
// (`OBX[2]-5`: the second OBX), field number in HL7 numbering (MSH-1 is the field separator, MSH-2 the
// encoding characters, MSH-3 the sending application), optional field repetition, component and
// subcomponent. Every index is 1-based, as in the standard's own notation (`PID-3[1].4.1`).
struct Path {
  std::string segment;
  std::size_t segment_occurrence = 1;
  std::size_t field = 1;
  std::optional<std::size_t> repetition;
  std::optional<std::size_t> component;
  std::optional<std::size_t> subcomponent;

  // nullopt for text that is not a path (lower-case or short segment id, index 0, missing field, ...).
  static std::optional<Path> parse(std::string_view text);
  // Throws ihe::HarnessError naming the text: a malformed path is a bug in the code or scenario using it.
  static Path parse_or_throw(std::string_view text);
  // The canonical text: indexes that were given, nothing else (`OBX[2]-5.1`, `PID-3[2].4.1`).
  std::string to_string() const;

  bool operator==(const Path&) const = default;
};

// A segment id as HL7 v2.5.1 2.5 defines it: three characters, an upper-case letter then upper-case
// letters or digits.
bool is_segment_id(std::string_view id);

}  // namespace ihe::hl7
