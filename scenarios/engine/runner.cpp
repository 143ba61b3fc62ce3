#include "scenarios/engine/runner.h"

#include <chrono>
#include <ctime>

#include <fmt/chrono.h>
#include <fmt/ranges.h>

#include "scenarios/engine/scenario_runner.h"

namespace ihe::scenarios {
namespace {

std::string utc_now() {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm tm{};
  gmtime_r(&now, &tm);
  return fmt::format("{:%Y-%m-%dT%H:%M:%SZ}", tm);
}

}  // namespace

reports::RunReport run(const RunPlan& plan, const reports::IntegrationStatement& statement,
                       const reports::Target& target, const RunEnvironment& environment,
                       const RunOptions& options) {
  reports::RunReport report;
  report.tool_version = options.tool_version;
  report.started_at = utc_now();
  report.statement = statement;
  report.target = target;
  EvidenceLog evidence;
  // The harness's actors for this run, from this target; stopped when it goes out of scope.
  const auto run_state = environment.exchanges.start_run(target);
  for (const auto* scenario : plan.scenarios) {
    ScenarioRunner runner(*scenario, target, environment, options.operator_fn, evidence, *run_state);
    report.scenarios.push_back(runner.run());
    report.scenarios.back().covers.clear();
    for (const auto& claim : scenario->claims)
      if (std::find(plan.claims.begin(), plan.claims.end(), claim) != plan.claims.end())
        report.scenarios.back().covers.push_back(claim);
    if (options.on_scenario) options.on_scenario(report.scenarios.back());
  }
  report.claims = claim_results(plan.claims, report.scenarios);
  report.evidence = evidence.all();
  report.duration_ms = evidence.elapsed_ms();
  return report;
}

reports::Verdict claim_worst_of(reports::Verdict a, reports::Verdict b) {
  using reports::Verdict;
  if (a == Verdict::Fail || b == Verdict::Fail) return Verdict::Fail;
  return reports::worst_of(a, b);
}

std::vector<reports::ClaimResult> claim_results(const std::vector<reports::Claim>& claims,
                                                const std::vector<reports::ScenarioResult>& scenarios) {
  std::vector<reports::ClaimResult> results;
  for (const auto& claim : claims) {
    reports::ClaimResult result{claim, reports::Verdict::Skipped, {}, {}};
    std::vector<std::string> errors;
    for (const auto& s : scenarios) {
      if (std::find(s.covers.begin(), s.covers.end(), claim) == s.covers.end()) continue;
      result.verdict = result.scenario_ids.empty() ? s.verdict : claim_worst_of(result.verdict, s.verdict);
      result.scenario_ids.push_back(s.id);
      if (s.verdict == reports::Verdict::Error) errors.push_back(s.id);
    }
    if (result.scenario_ids.empty()) result.note = "no selected scenario covers this claim";
    if (!errors.empty() && result.verdict != reports::Verdict::Error)
      result.note = fmt::format(
          "also {} ended Error (the harness or the target's configuration, not the "
          "product: see the scenario)",
          fmt::join(errors, ", "));
    results.push_back(std::move(result));
  }
  return results;
}

int exit_status(const reports::RunReport& report, bool strict) {
  for (const auto& claim : report.claims) {
    const auto v = claim.verdict;
    if (v == reports::Verdict::Fail || v == reports::Verdict::Inconclusive || v == reports::Verdict::Error)
      return 1;
    if (strict && (v == reports::Verdict::Warning || v == reports::Verdict::Skipped)) return 1;
  }
  return 0;
}

}  // namespace ihe::scenarios
