#include "scenarios/engine/scenario_runner.h"

#include <chrono>

#include "actors/common/id_factory.h"
#include "scenarios/engine/step_runner.h"

namespace ihe::scenarios {
namespace {

bool passed(reports::Verdict v) {
  return v == reports::Verdict::Pass || v == reports::Verdict::Warning;
}

std::string generated(const std::string& kind) {
  static actors::IdFactory ids;
  if (kind == "uid") return ids.uid();
  return kind == "accession" ? ids.accession_number() : ids.short_id('I');
}

}  // namespace

ScenarioRunner::ScenarioRunner(const Scenario& scenario, const reports::Target& target,
                               const RunEnvironment& environment, const OperatorFn& operator_fn,
                               EvidenceLog& evidence, RunState& run_state)
    : scenario_(scenario),
      target_(target),
      environment_(environment),
      operator_fn_(operator_fn),
      evidence_(evidence),
      run_state_(run_state) {}

ScenarioRunner::~ScenarioRunner() = default;

void ScenarioRunner::bind_variables() {
  bindings_["sut-ae"] = target_.dicom.ae_title;
  bindings_["harness-ae"] = target_.harness_dicom.ae_title;
  bindings_["harness-storage-ae"] = target_.harness_storage.ae_title;
  for (const auto& var : scenario_.vars)
    bindings_[var.name] = var.generate.empty() ? var.value : generated(var.generate);
}

std::optional<std::string> ScenarioRunner::blocked(const Step& step) const {
  if (silent_since_) return "not run: the target stopped answering in step " + *silent_since_;
  for (const auto& id : step.depends_on) {
    const auto it = verdicts_.find(id);
    if (it != verdicts_.end() && !passed(it->second))
      return "not run: step " + id + " it depends on ended " + std::string(reports::to_string(it->second));
  }
  return std::nullopt;
}

std::optional<Step> ScenarioRunner::expanded(const Step& step, std::string& unbound) const {
  Step out = step;
  auto expand_one = [&](std::string& text) {
    auto e = expand(text, bindings_);
    if (e.unbound && unbound.empty()) unbound = *e.unbound;
    text = std::move(e.text);
  };
  expand_one(out.prompt);
  expand_one(out.title);
  for (auto& [name, value] : out.params) expand_one(value);
  for (auto& key : out.keys) expand_one(key.value);
  for (auto& expect : out.expects)
    for (auto& [name, value] : expect.params) expand_one(value);
  if (!unbound.empty()) return std::nullopt;
  return out;
}

reports::ScenarioResult ScenarioRunner::run() {
  const auto start = std::chrono::steady_clock::now();
  reports::ScenarioResult result{scenario_.id,
                                 scenario_.title,
                                 scenario_.sut_role,
                                 scenario_.follows,
                                 scenario_.transactions,
                                 scenario_.claims,
                                 reports::Verdict::Pass,
                                 {},
                                 0};
  bind_variables();
  state_ = environment_.exchanges.make_state(run_state_, target_, evidence_);
  StepRunner steps(scenario_, target_, environment_, operator_fn_, evidence_, *state_);
  for (const auto& step : scenario_.steps) {
    reports::StepResult step_result;
    std::string unbound;
    if (const auto why = blocked(step)) {
      step_result = StepRunner::not_run(step, reports::Verdict::Inconclusive, *why);
    } else if (const auto ready = expanded(step, unbound)) {
      auto outcome = steps.run(*ready, step_result);
      if (outcome.unreachable) silent_since_ = step.id;
      for (const auto& capture : step.captures)
        if (const auto value = resolve_capture(outcome, capture.from)) bindings_[capture.name] = *value;
    } else {
      step_result = StepRunner::not_run(step, reports::Verdict::Inconclusive,
                                        "not run: ${" + unbound + "} was not captured by an earlier step");
    }
    verdicts_[step.id] = step_result.verdict;
    result.verdict = reports::worst_of(result.verdict, step_result.verdict);
    result.steps.push_back(std::move(step_result));
  }
  state_.reset();  // stops the harness-side actors before the next scenario
  result.duration_ms =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start).count();
  return result;
}

}  // namespace ihe::scenarios
