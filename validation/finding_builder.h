#pragma once

#include <string>

#include "profiles/model/rule_meta.h"
#include "reports/model/finding.h"

namespace ihe::validation {

// A broken rule as a Finding, with the severity its meta allows (see profiles::severity_when_broken).
reports::Finding broken(const profiles::RuleMeta& meta, std::string location, std::string expected,
                        std::string actual, std::string message);

// "a|b|c" as "one of a, b, c" for the expected column.
std::string one_of_text(const std::vector<std::string>& values);

}  // namespace ihe::validation
