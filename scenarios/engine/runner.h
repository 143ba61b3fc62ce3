#pragma once

#include <functional>
#include <string>

#include "profiles/model/rule_set.h"
#include "reports/model/run_report.h"
#include "scenarios/engine/check_registry.h"
#include "scenarios/engine/exchange_registry.h"
#include "scenarios/engine/operator.h"
#include "scenarios/engine/run_plan.h"

namespace ihe::scenarios {

// What the runner works with: the checks and exchanges scenarios name, and the rules every exchanged
// message is validated against.
struct RunEnvironment {
  const CheckRegistry& checks;
  const ExchangeRegistry& exchanges;
  const profiles::RuleSet& rules;
};

struct RunOptions {
  OperatorFn operator_fn = terminal_operator();
  // Called after each scenario (the command prints one progress line).
  std::function<void(const reports::ScenarioResult&)> on_scenario;
  std::string tool_version;
};

// Runs the plan's scenarios one after another, their steps in order (ARCHITECTURE.md data flow). The SUT
// misbehaving or not answering is a Fail with evidence and the run goes on; a step whose dependency did
// not pass is Inconclusive; our own failure inside a step is that step's Error. Never throws for what the
// SUT does.
reports::RunReport run(const RunPlan& plan, const reports::IntegrationStatement& statement,
                       const reports::Target& target, const RunEnvironment& environment,
                       const RunOptions& options);

// A verdict per claim: the worst verdict of the scenarios covering it; Skipped when none ran.
std::vector<reports::ClaimResult> claim_results(const std::vector<reports::Claim>& claims,
                                                const std::vector<reports::ScenarioResult>& scenarios);

// The exit status of `ihe-harness run`: 0 when every claim passed (or only warned, unless strict), 1 else.
// Strict also counts Warning and Skipped claims as not verified.
int exit_status(const reports::RunReport& report, bool strict);

}  // namespace ihe::scenarios
