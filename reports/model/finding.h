#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "reports/model/spec_ref.h"

namespace ihe::reports {

// How bad one finding is. Error: a verified SHALL is broken (the system under test fails). Warning: a
// SHOULD is broken, or a SHALL whose source is not yet verified (a wrong rule must not fail a conformant
// product). Info: worth knowing, no requirement broken.
enum class Severity { Error, Warning, Info };
std::string_view to_string(Severity severity);

// The outcome of one statement row, scenario or step (ARCHITECTURE.md vocabulary). Error is our own bug
// or bad configuration, never the system under test's fault.
enum class Verdict { Pass, Fail, Warning, Inconclusive, Skipped, Error };
std::string_view to_string(Verdict verdict);

// One rule's result on one message: what the rule expected, what the message holds, and where.
struct Finding {
  Severity severity = Severity::Error;
  SpecRef spec_ref;
  std::string location;  // HL7 `PID-3[1].4`, `ORC-5`; DICOM tag path `(0040,0100)[1]/(0040,0001)`
  std::string expected;
  std::string actual;
  std::string message;                    // one sentence naming the rule
  std::vector<std::string> evidence_ids;  // the Evidence this finding rests on (empty for file validation)

  // "ERROR PID-3[1].4: assigning authority missing; expected: non-empty; actual: empty [RAD TF-2 ...]"
  std::string to_string() const;
};

// The verdict a set of findings gives: Fail with any Error, Warning with any Warning, else Pass.
Verdict verdict_of(const std::vector<Finding>& findings);

}  // namespace ihe::reports
