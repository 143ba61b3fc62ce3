#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <string>

namespace ihe::scenarios {

// An `operator` step asks the person at the SUT to do something the harness cannot (start an acquisition,
// pick a worklist entry).
struct OperatorRequest {
  std::string scenario_id;
  std::string step_id;
  std::string prompt;  // ${var}s expanded
  std::chrono::seconds deadline;
  // What is asked, for a simulated SUT to act on (the person reads the prompt): the step's `action`
  // ("perform-scheduled", "perform-unscheduled", "discontinue", ...; empty when the step names none) and its
  // further attributes ("patient-id", "reason", ...), ${var}s expanded. scenarios/README.md lists them.
  std::string action;
  std::map<std::string, std::string> parameters;
};

// done: the operator says it is done. text: what they answered (kept as evidence).
struct OperatorAnswer {
  bool done = false;
  std::string text;
};

using OperatorFn = std::function<OperatorAnswer(const OperatorRequest&)>;

// Asks on the terminal: prints the prompt, reads one line; "" / "y" / "yes" / "done" mean done. When
// stdin is no terminal (CI) there is nobody to ask: the answer is not done, saying so.
OperatorFn terminal_operator();

// --operator-hook CMD: runs `/bin/sh -c CMD` with the prompt as $1 and in IHE_PROMPT (IHE_SCENARIO and
// IHE_STEP name the step; IHE_ACTION the action, and IHE_<PARAMETER> each parameter, upper case with '_' for
// '-': IHE_PATIENT_ID). Exit status 0 means done; its standard output is the answer. A hook still
// running at the deadline is killed with its process group and counts as not done.
OperatorFn hook_operator(std::string command);

}  // namespace ihe::scenarios
