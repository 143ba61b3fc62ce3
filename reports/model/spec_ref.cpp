#include "reports/model/spec_ref.h"

#include <fmt/core.h>

namespace ihe::reports {

std::string_view to_string(Strength strength) {
  return strength == Strength::Shall ? "SHALL" : "SHOULD";
}

std::optional<Strength> parse_strength(std::string_view text) {
  if (text == "SHALL") return Strength::Shall;
  if (text == "SHOULD") return Strength::Should;
  return std::nullopt;
}

std::string SpecRef::to_string() const {
  return fmt::format("{} {} ({})", document, section, reports::to_string(strength));
}

}  // namespace ihe::reports
