#pragma once

#include <filesystem>
#include <vector>

#include "profiles/model/rule_set.h"
#include "reports/model/run_report.h"
#include "scenarios/engine/check_registry.h"
#include "scenarios/engine/exchange_registry.h"
#include "scenarios/engine/runner.h"
#include "scenarios/engine/scenario.h"

namespace ihe::app {

// What `run` and `list scenarios` share: the profiles catalog, the registered checks and exchanges, and
// the scenario library loaded against them (every file error is one FILE:LINE HarnessError).
struct ScenarioSetup {
  profiles::RuleSet rules;
  scenarios::CheckRegistry checks;
  scenarios::ExchangeRegistry exchanges;
  std::vector<scenarios::Scenario> library;

  static ScenarioSetup load(const std::filesystem::path& profiles_dir,
                            const std::filesystem::path& library_dir);
};

// The one way `run` and `demo` carry out a plan: the engine runs it against the target, then report.html,
// report.json and junit.xml go to `out`.
reports::RunReport run_and_write_report(const ScenarioSetup& setup, const scenarios::RunPlan& plan,
                                        const reports::IntegrationStatement& statement,
                                        const reports::Target& target, const scenarios::RunOptions& options,
                                        const std::filesystem::path& out);

// "PASS", "FAIL", ...: how progress lines and summaries print a verdict.
std::string upper(reports::Verdict verdict);

// The progress line printed after each scenario.
void print_progress(const reports::ScenarioResult& scenario);

}  // namespace ihe::app
