#pragma once

#include <string>

#include "actors/hl7/message.h"
#include "profiles/model/rule_set.h"
#include "validation/hl7_validator.h"

namespace ihe::actors::test {

// The locations of the validator's findings (any severity) on a message an actor put on the wire, for
// `transaction` in SWF.b: each fault switch must be seen by the check the fault-detection matrix relies on.
inline std::string finding_locations(const hl7::Message& message, const std::string& transaction) {
  static const auto rules = profiles::RuleSet::load(profiles::RuleSet::default_data_dir());
  std::string text;
  for (const auto& f : validation::validate_hl7(message, *rules.hl7_rules("SWF.b", transaction)))
    text += f.location + " ";
  return text;
}

}  // namespace ihe::actors::test
