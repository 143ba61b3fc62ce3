#include "scenarios/engine/run_plan.h"

#include <algorithm>

#include "base/harness_error.h"
#include "scenarios/engine/claim_catalog.h"

namespace ihe::scenarios {
namespace {

bool any_glob(const std::vector<std::string>& patterns, std::string_view id) {
  return std::any_of(patterns.begin(), patterns.end(), [&](const auto& p) { return glob_match(p, id); });
}

bool shares_claim(const Scenario& scenario, const std::vector<reports::Claim>& claims) {
  return std::any_of(scenario.claims.begin(), scenario.claims.end(), [&](const auto& c) {
    return std::find(claims.begin(), claims.end(), c) != claims.end();
  });
}

std::string describe(const std::vector<std::string>& globs) {
  std::string text;
  for (const auto& g : globs) text += (text.empty() ? "" : " ") + g;
  return text;
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view text) {
  if (pattern.empty()) return text.empty();
  if (pattern[0] == '*')
    return glob_match(pattern.substr(1), text) || (!text.empty() && glob_match(pattern, text.substr(1)));
  if (text.empty()) return false;
  return (pattern[0] == '?' || pattern[0] == text[0]) && glob_match(pattern.substr(1), text.substr(1));
}

RunPlan make_run_plan(const reports::IntegrationStatement& statement, const reports::Target& target,
                      const std::vector<Scenario>& library, const profiles::RuleSet& catalog,
                      const Selection& selection) {
  std::string problems;
  for (const auto& claim : statement.claims)
    if (const auto problem = claim_problem(claim, catalog); !problem.empty()) problems += "\n  " + problem;
  if (!problems.empty())
    throw HarnessError("integration statement names what the catalog does not know:" + problems);

  RunPlan plan;
  const auto actor = actor_of_role(target.sut_role);
  if (actor.empty()) throw HarnessError("target: unknown sut role '" + target.sut_role + "'");
  for (const auto& claim : statement.claims)
    if (claim.actor == actor) plan.claims.push_back(claim);
  for (const auto& scenario : library) {
    if (scenario.sut_role != target.sut_role || !shares_claim(scenario, plan.claims)) continue;
    if (!selection.select.empty() && !any_glob(selection.select, scenario.id)) continue;
    if (any_glob(selection.exclude, scenario.id)) continue;
    plan.scenarios.push_back(&scenario);
  }
  if (plan.scenarios.empty())
    throw HarnessError("no scenario to run: none for sut role '" + target.sut_role +
                       "' matches the statement's " + std::to_string(plan.claims.size()) +
                       " claim(s) for actor " + actor +
                       (selection.select.empty() ? "" : ", --select " + describe(selection.select)) +
                       (selection.exclude.empty() ? "" : ", --exclude " + describe(selection.exclude)));
  return plan;
}

}  // namespace ihe::scenarios
