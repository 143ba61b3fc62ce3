#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "reports/model/evidence.h"
#include "reports/model/finding.h"
#include "reports/model/statement.h"
#include "reports/model/target.h"

// The results of one `ihe-harness run`, from the step up to the claim (ARCHITECTURE.md data flow):
// StepResult -> ScenarioResult -> ClaimResult -> RunReport. Plain values: the runner fills them, the
// writers (html, json, junit) only read them.
namespace ihe::reports {

// One step's outcome: its findings (each naming the evidence it rests on) and the evidence it produced.
struct StepResult {
  std::string id;    // stable within its scenario: "send-rad4"
  std::string kind;  // "send", "await", "query", "operator", "pause"
  std::string title;
  Verdict verdict = Verdict::Pass;
  std::vector<Finding> findings;
  std::vector<std::string> evidence_ids;
  std::string note;  // why Inconclusive/Skipped/Error, in one sentence
  std::int64_t duration_ms = 0;
};

struct ScenarioResult {
  std::string id;  // "SWF-IM-010"
  std::string title;
  std::string sut_role;                   // "image-manager", "order-filler", "acquisition-modality"
  std::vector<std::string> follows;       // the MESA tests it follows: "MESA 101"
  std::vector<std::string> transactions;  // "RAD-4", "RAD-8", ...
  std::vector<Claim> covers;              // the statement rows it gives evidence for
  Verdict verdict = Verdict::Pass;
  std::vector<StepResult> steps;
  std::int64_t duration_ms = 0;
};

// A verdict per statement row: the worst verdict of the scenarios that cover it (Skipped when none ran).
struct ClaimResult {
  Claim claim;
  Verdict verdict = Verdict::Skipped;
  std::vector<std::string> scenario_ids;
  std::string note;
};

struct RunReport {
  static constexpr int kSchemaVersion = 1;  // report.json "schema_version"; bump on incompatible change
  std::string tool_version;
  std::string started_at;  // ISO 8601 UTC
  std::int64_t duration_ms = 0;
  IntegrationStatement statement;
  Target target;
  std::vector<ClaimResult> claims;
  std::vector<ScenarioResult> scenarios;
  std::vector<Evidence> evidence;  // every id a finding or step names is here
};

// Ordering used to combine verdicts: Error > Fail > Inconclusive > Warning > Pass > Skipped. A scenario's
// verdict is the worst of its steps'; a claim's the worst of its scenarios'.
Verdict worst_of(Verdict a, Verdict b);

}  // namespace ihe::reports
