#pragma once

#include <string>
#include <vector>

#include "app/fault_table.h"
#include "app/scenario_setup.h"
#include "reports/model/finding.h"

namespace ihe::app {

// What one fault did to its scenarios: per scenario the verdict and whether it ended within its deadline.
struct ScenarioOutcome {
  std::string id;
  reports::Verdict verdict = reports::Verdict::Pass;
  bool within_deadline = true;
  std::string first_unpassed;  // "STEP VERDICT note" of the first step that did not pass, for the reader
};

struct MatrixRow {
  FaultRow fault;
  std::vector<ScenarioOutcome> outcomes;  // empty: no scenario yet
  bool detected() const;                  // at least one scenario Failed
};

struct FaultMatrix {
  std::vector<MatrixRow> rows;
  std::vector<ScenarioOutcome> clean;  // every role's library against our conformant actors
  std::size_t detected() const;
  std::size_t false_fails() const;  // clean scenarios that did not Pass
  bool deadlines_kept() const;
};

// Runs every row of fault_table() (our actor in this process with the fault switched on, or behind the
// fault front) and each role's library once without faults, `concurrent` of them at a time (each on its
// own free loopback ports; the work is mostly waiting on deadlines). Rows and outcomes come back in the
// table's order whatever the concurrency.
FaultMatrix run_fault_matrix(const ScenarioSetup& setup, std::size_t concurrent = 4);

// The matrix as text, ending with the line "detected D/T faults, F false fails".
std::string format_matrix(const FaultMatrix& matrix);

}  // namespace ihe::app
