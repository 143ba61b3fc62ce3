#pragma once

#include <string>
#include <vector>

#include "profiles/model/rule_set.h"
#include "reports/model/statement.h"
#include "reports/model/target.h"
#include "scenarios/engine/scenario.h"

namespace ihe::scenarios {

// --select / --exclude: id globs (`*`, `?`), e.g. "SWF-IM-01*". Empty select means all.
struct Selection {
  std::vector<std::string> select;
  std::vector<std::string> exclude;
};

// What one run will do: the scenarios that apply, in library order, and the statement rows the target's
// SUT role answers for (the others stay out of the report's claims).
struct RunPlan {
  std::vector<const Scenario*> scenarios;
  std::vector<reports::Claim> claims;
};

// A scenario applies when it is written for the target's SUT role, shares a claim with the statement and
// passes the selection. Throws HarnessError: when the statement names a profile, actor or option the
// catalog does not know (naming them all), and when nothing is selected (an empty run is no green run).
RunPlan make_run_plan(const reports::IntegrationStatement& statement, const reports::Target& target,
                      const std::vector<Scenario>& library, const profiles::RuleSet& catalog,
                      const Selection& selection);

// fnmatch-style: `*` any run, `?` one character.
bool glob_match(std::string_view pattern, std::string_view text);

}  // namespace ihe::scenarios
