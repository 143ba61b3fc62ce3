#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "app/own_sut.h"
#include "profiles/model/rule_set.h"
#include "reports/model/run_report.h"
#include "scenarios/engine/runner.h"

namespace ihe::scenarios::selftest {

// What every selftest runs scenarios with: the shipped rules, checks, exchanges and one role's library,
// a statement the test fills, and our own actor of the role as the SUT (app::OwnSut).
class SelftestHarness {
 public:
  explicit SelftestHarness(const std::string& sut_role);
  // Our actor as the SUT with these faults switched on, listening (replaces the SUT the harness was made
  // with, whose ports are picked but where nothing listens).
  void start(const std::vector<std::string>& faults = {});
  app::OwnSut& sut() { return *sut_; }
  reports::Target& target() { return sut_->target; }
  // Runs the selection against the SUT; operator steps answered by `operator_fn`, else by the SUT's own.
  reports::RunReport run_selected(const Selection& selection, OperatorFn operator_fn = {});
  // How many library scenarios give evidence for a claim of the statement (what a "*" run plans).
  std::size_t claimed_count() const;

  reports::IntegrationStatement statement;
  profiles::RuleSet rules;
  CheckRegistry checks;
  ExchangeRegistry exchanges;
  std::vector<Scenario> library;

 private:
  std::string role_;
  std::unique_ptr<app::OwnSut> sut_;
};

// One fault switch and the scenario meant to detect it: the scenario must fail with an error finding that
// cites `section` (part of its SpecRef's section text) and names evidence.
struct FaultCase {
  const char* fault;
  const char* scenario;
  const char* section;
};
void PrintTo(const FaultCase& c, std::ostream* os);
// "ignorea08_PIROF010": a gtest parameter name.
std::string fault_case_name(const FaultCase& c);
// The error findings of a scenario citing `section` that name evidence.
std::size_t findings_citing(const reports::ScenarioResult& scenario, const std::string& section);

// A scenario result as lines (steps, verdicts, notes, findings) for assertion messages.
std::string describe(const reports::ScenarioResult& scenario);

}  // namespace ihe::scenarios::selftest
