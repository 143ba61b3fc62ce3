#pragma once

#include <string>

#include "reports/model/run_report.h"
#include "scenarios/engine/runner.h"

namespace ihe::scenarios {

// Runs one step (its ${var}s expanded): the exchange, operator question or pause; then validates every
// message the SUT sent against its transaction's rules and evaluates the step's expectations.
class StepRunner {
 public:
  StepRunner(const Scenario& scenario, const reports::Target& target, const RunEnvironment& environment,
             const OperatorFn& operator_fn, EvidenceLog& evidence, ScenarioState& state);

  // Fills `result` and returns what the step produced (the caller takes its captures from it).
  StepOutcome run(const Step& step, reports::StepResult& result);
  static reports::StepResult not_run(const Step& step, reports::Verdict verdict, std::string note);

 private:
  StepOutcome perform(const Step& step);
  StepOutcome ask_operator(const Step& step);
  std::chrono::seconds deadline_of(const Step& step) const;
  void validate(const StepOutcome& outcome, std::vector<reports::Finding>& out) const;
  void evaluate(const Step& step, const StepOutcome& outcome, std::vector<reports::Finding>& out) const;

  const Scenario& scenario_;
  const reports::Target& target_;
  const RunEnvironment& environment_;
  const OperatorFn& operator_fn_;
  EvidenceLog& evidence_;
  ScenarioState& state_;
};

}  // namespace ihe::scenarios
