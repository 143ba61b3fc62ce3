#pragma once

#include <string>

#include "profiles/model/rule_set.h"
#include "reports/model/statement.h"

namespace ihe::scenarios {

// Empty when the catalog knows the claim's profile, its actor in that profile and (when set) the option
// for that actor; else one sentence naming what it does not know and what it does.
std::string claim_problem(const reports::Claim& claim, const profiles::RuleSet& catalog);

// The profile actor id a SUT role plays ("image-manager" -> "IM"), empty when none.
std::string actor_of_role(std::string_view sut_role);

}  // namespace ihe::scenarios
