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

// How a claim folds the verdicts of its scenarios: Fail > Error > Inconclusive > Warning > Pass > Skipped.
// Unlike reports::worst_of (steps into a scenario), a Fail outranks an Error here: a Fail is a definite
// finding about the product, an Error is the harness's own failure or a configuration gap (the target
// lacks a service a scenario needs) and says nothing about the product, so it must not hide the Fail.
reports::Verdict claim_worst_of(reports::Verdict a, reports::Verdict b);

// A verdict per claim: the claim_worst_of the scenarios covering it (all listed); Skipped when none ran.
// When the verdict is not Error but a covering scenario ended Error, the note names it, so a Fail claim
// still shows what the harness could not decide.
std::vector<reports::ClaimResult> claim_results(const std::vector<reports::Claim>& claims,
                                                const std::vector<reports::ScenarioResult>& scenarios);

// The exit status of `ihe-harness run`: 0 when every claim passed (or only warned, unless strict), 1 else.
// Strict also counts Warning and Skipped claims as not verified.
int exit_status(const reports::RunReport& report, bool strict);

}  // namespace ihe::scenarios
