#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "reports/model/run_report.h"

// Questions every writer asks of a RunReport, answered once so report.json, junit.xml and report.html
// can never disagree.
namespace ihe::reports {

// The run's result: the worst verdict of its claims and scenarios (worst_of); Skipped when nothing ran.
Verdict overall_verdict(const RunReport& report);

// How many scenarios ended with this verdict.
int count_scenarios(const RunReport& report, Verdict verdict);

// The evidence with this id, nullptr when the report lacks it (a runner bug the writers show, not hide).
const Evidence* find_evidence(const RunReport& report, std::string_view id);

// The evidence a scenario's steps and findings name, each once, in time order (ties in the order named).
std::vector<const Evidence*> scenario_evidence(const RunReport& report, const ScenarioResult& scenario);

// Ids of the evidence that Error findings of this scenario rest on (drawn in red in the diagram).
std::vector<std::string> failing_evidence_ids(const ScenarioResult& scenario);

// "SWF.b IM" or "SWF.b IM option pps-referenced-instances".
std::string claim_label(const Claim& claim);

}  // namespace ihe::reports
