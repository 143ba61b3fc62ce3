#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace ihe::reports {

// How binding the cited requirement is: SHALL breaks conformance, SHOULD is advice (RFC 2119 wording, as
// the IHE Technical Frameworks and DICOM use it).
enum class Strength { Shall, Should };
std::string_view to_string(Strength strength);
std::optional<Strength> parse_strength(std::string_view text);

// A citation of the requirement a rule enforces: the document ("RAD TF-2", "PS3.4", "HL7 v2.5.1"), the
// section or table in it ("Table K.6-1") and its strength.
struct SpecRef {
  std::string document;
  std::string section;
  Strength strength = Strength::Shall;

  // "PS3.4 Table K.6-1 (SHALL)"
  std::string to_string() const;
  bool operator==(const SpecRef&) const = default;
};

}  // namespace ihe::reports
