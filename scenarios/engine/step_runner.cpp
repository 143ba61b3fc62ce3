#include "scenarios/engine/step_runner.h"

#include <thread>

#include "base/harness_error.h"
#include "validation/dicom_validator.h"

namespace ihe::scenarios {
namespace {

// The requirement an unreachable or silent target breaks: the transaction's responder must answer.
reports::Finding no_answer(const Step& step, const std::string& detail) {
  reports::Finding f = shortfall("transport", "the SUT answers " + step.transaction, detail,
                                 "the target did not answer " + step.transaction + ": " + detail);
  f.spec_ref = {"RAD TF-2", step.transaction + " (responder role)", reports::Strength::Shall};
  return f;
}

}  // namespace

StepRunner::StepRunner(const Scenario& scenario, const reports::Target& target,
                       const RunEnvironment& environment, const OperatorFn& operator_fn,
                       EvidenceLog& evidence, ScenarioState& state)
    : scenario_(scenario),
      target_(target),
      environment_(environment),
      operator_fn_(operator_fn),
      evidence_(evidence),
      state_(state) {}

reports::StepResult StepRunner::not_run(const Step& step, reports::Verdict verdict, std::string note) {
  reports::StepResult r;
  r.id = step.id;
  r.kind = std::string(to_string(step.kind));
  r.title = step.title;
  r.verdict = verdict;
  r.note = std::move(note);
  return r;
}

std::chrono::seconds StepRunner::deadline_of(const Step& step) const {
  if (step.deadline_seconds) return std::chrono::seconds(*step.deadline_seconds);
  if (step.kind == StepKind::Operator) return std::chrono::seconds(600);
  return std::chrono::seconds(target_.timeout_seconds);
}

StepOutcome StepRunner::ask_operator(const Step& step) {
  auto parameters = step.params;
  const auto action = parameters.extract("action");
  const auto answer = operator_fn_({scenario_.id, step.id, step.prompt, deadline_of(step),
                                    action.empty() ? std::string() : action.mapped(), std::move(parameters)});
  evidence_.add(reports::EvidenceKind::Note, "operator", "harness", "",
                (answer.done ? "done: " : "not done: ") + answer.text, step.prompt);
  StepOutcome outcome;
  if (!answer.done) outcome.note = "the operator did not do it: " + answer.text;
  return outcome;
}

StepOutcome StepRunner::perform(const Step& step) {
  if (step.kind == StepKind::Operator) return ask_operator(step);
  if (step.kind == StepKind::Pause) {
    std::this_thread::sleep_for(deadline_of(step));
    return {};
  }
  const auto* exchange = environment_.exchanges.find(step.kind, step.transaction);
  ExchangeContext context{target_, evidence_, state_, step, deadline_of(step), environment_.rules, scenario_};
  return exchange->run(context);
}

void StepRunner::validate(const StepOutcome& outcome, std::vector<reports::Finding>& out) const {
  for (const auto& message : outcome.messages)
    for (const auto& claim : scenario_.claims) {
      const auto* rules = environment_.rules.dicom_rules(claim.profile, message.transaction);
      const auto* dataset = rules ? rules->find(message.dataset_id) : nullptr;
      if (!dataset) continue;
      for (auto finding : validation::validate_dicom(message.dataset, *dataset)) {
        finding.location = message.evidence_id + " " + finding.location;
        finding.evidence_ids = {message.evidence_id};
        out.push_back(std::move(finding));
      }
      break;  // one profile's rules per message
    }
}

void StepRunner::evaluate(const Step& step, const StepOutcome& outcome,
                          std::vector<reports::Finding>& out) const {
  for (const auto& expect : step.expects) {
    const auto* check = environment_.checks.find(expect.check);
    for (auto finding : check->run({outcome, expect.params})) {
      finding.severity = expect.severity;
      finding.spec_ref = expect.spec;
      if (finding.message.empty()) finding.message = expect.check;
      out.push_back(std::move(finding));
    }
  }
}

StepOutcome StepRunner::run(const Step& step, reports::StepResult& result) {
  result = not_run(step, reports::Verdict::Pass, {});
  const auto first_evidence = evidence_.size();
  const auto start = std::chrono::steady_clock::now();
  StepOutcome outcome;
  try {
    outcome = perform(step);
    result.evidence_ids = evidence_.ids_since(first_evidence);
    if (outcome.unreachable) {
      result.findings.push_back(no_answer(step, *outcome.unreachable));
    } else {
      result.findings = outcome.findings;
      validate(outcome, result.findings);
      evaluate(step, outcome, result.findings);
    }
    for (auto& finding : result.findings)
      if (finding.evidence_ids.empty()) finding.evidence_ids = result.evidence_ids;
    result.verdict = reports::verdict_of(result.findings);
    result.note = outcome.note;
    if (!outcome.note.empty() && step.kind == StepKind::Operator)
      result.verdict = reports::worst_of(result.verdict, reports::Verdict::Inconclusive);
  } catch (const std::exception& e) {  // our bug or bad configuration, never the SUT's doing
    result.verdict = reports::Verdict::Error;
    result.note = e.what();
    result.evidence_ids = evidence_.ids_since(first_evidence);
  }
  result.duration_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  return outcome;
}

}  // namespace ihe::scenarios
