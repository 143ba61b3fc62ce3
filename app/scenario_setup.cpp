#include "app/scenario_setup.h"

#include <fmt/core.h>

#include <cctype>
#include <cstdio>

#include "reports/writers/write_report.h"

#include "scenarios/checks/standard_checks.h"
#include "scenarios/engine/scenario_loader.h"
#include "scenarios/exchanges/dicom_exchanges.h"

namespace ihe::app {

ScenarioSetup ScenarioSetup::load(const std::filesystem::path& profiles_dir,
                                  const std::filesystem::path& library_dir) {
  ScenarioSetup setup{
      profiles::RuleSet::load(profiles_dir), scenarios::standard_checks(), scenarios::dicom_exchanges(), {}};
  setup.library = scenarios::load_library(library_dir, {setup.checks, setup.exchanges, setup.rules});
  return setup;
}

reports::RunReport run_and_write_report(const ScenarioSetup& setup, const scenarios::RunPlan& plan,
                                        const reports::IntegrationStatement& statement,
                                        const reports::Target& target, const scenarios::RunOptions& options,
                                        const std::filesystem::path& out) {
  auto report =
      scenarios::run(plan, statement, target, {setup.checks, setup.exchanges, setup.rules}, options);
  reports::write_report(report, out);
  return report;
}

std::string upper(reports::Verdict verdict) {
  std::string text(reports::to_string(verdict));
  for (auto& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

void print_progress(const reports::ScenarioResult& scenario) {
  std::size_t findings = 0;
  for (const auto& step : scenario.steps) findings += step.findings.size();
  fmt::print("{:<12} {:<12} {} ({} steps, {} findings, {:.1f} s)\n", scenario.id, upper(scenario.verdict),
             scenario.title, scenario.steps.size(), findings,
             static_cast<double>(scenario.duration_ms) / 1000.0);
  std::fflush(stdout);
}

}  // namespace ihe::app
