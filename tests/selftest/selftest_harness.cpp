#include "tests/selftest/selftest_harness.h"

#include <algorithm>

#include "scenarios/checks/standard_checks.h"
#include "scenarios/engine/scenario_loader.h"
#include "scenarios/exchanges/dicom_exchanges.h"

namespace ihe::scenarios::selftest {

SelftestHarness::SelftestHarness(const std::string& sut_role)
    : rules(profiles::RuleSet::load(profiles::RuleSet::default_data_dir())),
      checks(standard_checks()),
      exchanges(dicom_exchanges()),
      library(load_library(default_library_dir() / sut_role, {checks, exchanges, rules})),
      role_(sut_role),
      sut_(std::make_unique<app::OwnSut>(sut_role, std::vector<std::string>{})) {}

void SelftestHarness::start(const std::vector<std::string>& faults) {
  sut_ = std::make_unique<app::OwnSut>(role_, faults);
  sut_->start();
}

reports::RunReport SelftestHarness::run_selected(const Selection& selection, OperatorFn operator_fn) {
  const auto plan = make_run_plan(statement, target(), library, rules, selection);
  RunOptions options;
  options.operator_fn = operator_fn ? std::move(operator_fn) : sut_->operator_fn;
  return run(plan, statement, target(), {checks, exchanges, rules}, options);
}

void PrintTo(const FaultCase& c, std::ostream* os) {
  *os << c.fault << " -> " << c.scenario;
}

std::string fault_case_name(const FaultCase& c) {
  std::string name = std::string(c.fault) + "_" + c.scenario;
  std::erase(name, '-');
  return name;
}

std::size_t findings_citing(const reports::ScenarioResult& scenario, const std::string& section) {
  std::size_t n = 0;
  for (const auto& step : scenario.steps)
    for (const auto& f : step.findings)
      if (f.severity == reports::Severity::Error && f.spec_ref.section.find(section) != std::string::npos &&
          !f.evidence_ids.empty())
        ++n;
  return n;
}

std::size_t SelftestHarness::claimed_count() const {
  return static_cast<std::size_t>(std::count_if(library.begin(), library.end(), [&](const Scenario& s) {
    return std::any_of(s.claims.begin(), s.claims.end(), [&](const reports::Claim& c) {
      return std::find(statement.claims.begin(), statement.claims.end(), c) != statement.claims.end();
    });
  }));
}

std::string describe(const reports::ScenarioResult& scenario) {
  std::string text = scenario.id + " " + std::string(reports::to_string(scenario.verdict)) + "\n";
  for (const auto& step : scenario.steps) {
    text += "  " + step.id + " " + std::string(reports::to_string(step.verdict)) + " " + step.note + "\n";
    for (const auto& f : step.findings) text += "    " + f.to_string() + "\n";
  }
  return text;
}

}  // namespace ihe::scenarios::selftest
