#include "scenarios/engine/operator.h"

#include <poll.h>
#include <unistd.h>

#include <cctype>
#include <iostream>

#include "base/bounded_command.h"

namespace ihe::scenarios {
namespace {

// "patient-id" -> "IHE_PATIENT_ID"
std::string parameter_variable(const std::string& name) {
  std::string variable = "IHE_";
  for (const char c : name)
    variable += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return variable;
}

OperatorAnswer run_hook(const std::string& command, const OperatorRequest& request) {
  CommandRequest run{{"/bin/sh", "-c", command, "sh", request.prompt},
                     {{"IHE_PROMPT", request.prompt},
                      {"IHE_SCENARIO", request.scenario_id},
                      {"IHE_STEP", request.step_id},
                      {"IHE_ACTION", request.action}},
                     request.deadline,
                     false};
  for (const auto& [name, value] : request.parameters) run.extra_env[parameter_variable(name)] = value;
  auto result = run_bounded(run);
  auto& out = result.output;
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  switch (result.end) {
    case CommandResult::End::NotStarted:
      return {false, "cannot start the operator hook: " + out};
    case CommandResult::End::TimedOut:
      return {false,
              "the operator hook did not answer within " + std::to_string(request.deadline.count()) + " s"};
    case CommandResult::End::Signalled:
      return {false, out.empty() ? "the operator hook was killed by a signal" : out};
    case CommandResult::End::Exited:
      break;
  }
  const bool done = result.succeeded();
  return {done,
          out.empty() ? (done ? "done" : "hook exit status " + std::to_string(result.exit_status)) : out};
}

}  // namespace

OperatorFn terminal_operator() {
  return [](const OperatorRequest& request) -> OperatorAnswer {
    if (isatty(STDIN_FILENO) == 0)
      return {false, "no operator: stdin is no terminal (use --operator-hook CMD)"};
    std::cout << "\n[" << request.scenario_id << " " << request.step_id << "] OPERATOR: " << request.prompt
              << "\n  press Enter when done (or type 'no'): " << std::flush;
    pollfd p{STDIN_FILENO, POLLIN, 0};
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(request.deadline).count();
    if (poll(&p, 1, static_cast<int>(ms)) <= 0)
      return {false, "no answer within " + std::to_string(request.deadline.count()) + " s"};
    std::string line;
    if (!std::getline(std::cin, line)) return {false, "no answer (end of input)"};
    const bool done = line.empty() || line == "y" || line == "yes" || line == "done";
    return {done, line.empty() ? "done" : line};
  };
}

OperatorFn hook_operator(std::string command) {
  return
      [command = std::move(command)](const OperatorRequest& request) { return run_hook(command, request); };
}

}  // namespace ihe::scenarios
