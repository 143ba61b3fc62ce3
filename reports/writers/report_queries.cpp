#include "reports/writers/report_queries.h"

#include <algorithm>

namespace ihe::reports {
namespace {

void add_once(std::vector<std::string>& ids, const std::vector<std::string>& more) {
  for (const auto& id : more)
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

}  // namespace

Verdict overall_verdict(const RunReport& report) {
  auto verdict = Verdict::Skipped;
  for (const auto& claim : report.claims) verdict = worst_of(verdict, claim.verdict);
  for (const auto& scenario : report.scenarios) verdict = worst_of(verdict, scenario.verdict);
  return verdict;
}

int count_scenarios(const RunReport& report, Verdict verdict) {
  return static_cast<int>(std::count_if(report.scenarios.begin(), report.scenarios.end(),
                                        [verdict](const ScenarioResult& s) { return s.verdict == verdict; }));
}

const Evidence* find_evidence(const RunReport& report, std::string_view id) {
  const auto it = std::find_if(report.evidence.begin(), report.evidence.end(),
                               [id](const Evidence& evidence) { return evidence.id == id; });
  return it == report.evidence.end() ? nullptr : &*it;
}

std::vector<const Evidence*> scenario_evidence(const RunReport& report, const ScenarioResult& scenario) {
  std::vector<std::string> ids;
  for (const auto& step : scenario.steps) {
    add_once(ids, step.evidence_ids);
    for (const auto& finding : step.findings) add_once(ids, finding.evidence_ids);
  }
  std::vector<const Evidence*> evidence;
  for (const auto& id : ids)
    if (const auto* found = find_evidence(report, id)) evidence.push_back(found);
  std::stable_sort(evidence.begin(), evidence.end(),
                   [](const Evidence* a, const Evidence* b) { return a->at_ms < b->at_ms; });
  return evidence;
}

std::vector<std::string> failing_evidence_ids(const ScenarioResult& scenario) {
  std::vector<std::string> ids;
  for (const auto& step : scenario.steps)
    for (const auto& finding : step.findings)
      if (finding.severity == Severity::Error) add_once(ids, finding.evidence_ids);
  return ids;
}

std::string claim_label(const Claim& claim) {
  return claim.profile + " " + claim.actor + (claim.option.empty() ? "" : " option " + claim.option);
}

}  // namespace ihe::reports
