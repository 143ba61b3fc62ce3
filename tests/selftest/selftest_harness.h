#pragma once

#include <string>
#include <vector>

#include "profiles/model/rule_set.h"
#include "reports/model/run_report.h"
#include "scenarios/engine/runner.h"

namespace ihe::scenarios::selftest {

// What every selftest runs scenarios with: the shipped rules, checks, exchanges and one role's library,
// and a target and statement the test fills.
struct SelftestHarness {
  reports::Target target;
  reports::IntegrationStatement statement;
  profiles::RuleSet rules;
  CheckRegistry checks;
  ExchangeRegistry exchanges;
  std::vector<Scenario> library;

  explicit SelftestHarness(const std::string& sut_role);
  reports::RunReport run_selected(const Selection& selection, RunOptions options = {});
};

// A scenario result as lines (steps, verdicts, notes, findings) for assertion messages.
std::string describe(const reports::ScenarioResult& scenario);

}  // namespace ihe::scenarios::selftest
