#include "scenarios/engine/operator.h"

#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cctype>
#include <cstdlib>
#include <iostream>

namespace ihe::scenarios {
namespace {

// Reads the child's stdout until it closes or the deadline passes; false on timeout.
bool read_until(int fd, std::chrono::steady_clock::time_point deadline, std::string& out) {
  char buffer[4096];
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
    const auto n = read(fd, buffer, sizeof buffer);
    if (n <= 0) return true;
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

// "patient-id" -> "IHE_PATIENT_ID"
std::string parameter_variable(const std::string& name) {
  std::string variable = "IHE_";
  for (const char c : name)
    variable += c == '-' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return variable;
}

OperatorAnswer run_hook(const std::string& command, const OperatorRequest& request) {
  int fds[2];
  if (pipe(fds) != 0) return {false, "cannot start the operator hook: pipe failed"};
  const pid_t pid = fork();
  if (pid < 0) return {false, "cannot start the operator hook: fork failed"};
  if (pid == 0) {
    setpgid(0, 0);  // its own process group, so a timeout ends the hook's children too
    dup2(fds[1], STDOUT_FILENO);
    close(fds[0]);
    close(fds[1]);
    setenv("IHE_PROMPT", request.prompt.c_str(), 1);
    setenv("IHE_SCENARIO", request.scenario_id.c_str(), 1);
    setenv("IHE_STEP", request.step_id.c_str(), 1);
    setenv("IHE_ACTION", request.action.c_str(), 1);
    for (const auto& [name, value] : request.parameters)
      setenv(parameter_variable(name).c_str(), value.c_str(), 1);
    execl("/bin/sh", "sh", "-c", command.c_str(), "sh", request.prompt.c_str(), static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  std::string out;
  const bool finished = read_until(fds[0], std::chrono::steady_clock::now() + request.deadline, out);
  close(fds[0]);
  if (!finished) kill(-pid, SIGKILL);
  int status = 0;
  waitpid(pid, &status, 0);
  while (!out.empty() && (out.back() == '\n' || out.back() == '\r')) out.pop_back();
  if (!finished)
    return {false,
            "the operator hook did not answer within " + std::to_string(request.deadline.count()) + " s"};
  const bool done = WIFEXITED(status) && WEXITSTATUS(status) == 0;
  return {done,
          out.empty() ? (done ? "done" : "hook exit status " + std::to_string(WEXITSTATUS(status))) : out};
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
