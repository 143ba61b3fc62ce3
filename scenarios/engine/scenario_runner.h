#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "reports/model/run_report.h"
#include "scenarios/engine/bindings.h"
#include "scenarios/engine/runner.h"

namespace ihe::scenarios {

// Runs one scenario: binds its variables, runs each step unless a step it depends on did not pass (then
// Inconclusive) or the target stopped answering (then the rest is Inconclusive), and folds the step
// verdicts into the scenario's.
class ScenarioRunner {
 public:
  ScenarioRunner(const Scenario& scenario, const reports::Target& target, const RunEnvironment& environment,
                 const OperatorFn& operator_fn, EvidenceLog& evidence, RunState& run_state);
  ~ScenarioRunner();
  reports::ScenarioResult run();

 private:
  void bind_variables();
  // Why `step` cannot run now, or nullopt.
  std::optional<std::string> blocked(const Step& step) const;
  std::optional<Step> expanded(const Step& step, std::string& unbound) const;

  const Scenario& scenario_;
  const reports::Target& target_;
  const RunEnvironment& environment_;
  const OperatorFn& operator_fn_;
  EvidenceLog& evidence_;
  RunState& run_state_;
  std::unique_ptr<ScenarioState> state_;
  Bindings bindings_;
  std::map<std::string, reports::Verdict> verdicts_;
  std::optional<std::string> silent_since_;  // the step in which the target stopped answering
};

}  // namespace ihe::scenarios
