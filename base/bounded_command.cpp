#include "base/bounded_command.h"

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <thread>

namespace ihe {
namespace {

using Clock = std::chrono::steady_clock;

struct Pipe {
  int read = -1;
  int write = -1;
  bool open(int flags) {
    int fds[2];
    if (pipe2(fds, flags) != 0) return false;
    read = fds[0];
    write = fds[1];
    return true;
  }
  void close_read() { close_fd(read); }
  void close_write() { close_fd(write); }
  ~Pipe() {
    close_read();
    close_write();
  }

 private:
  static void close_fd(int& fd) {
    if (fd >= 0) close(fd);
    fd = -1;
  }
};

[[noreturn]] void exec_child(const CommandRequest& request, const Pipe& output, const Pipe& exec_error) {
  setpgid(0, 0);  // its own group, so a timeout ends the program's children too
  dup2(output.write, STDOUT_FILENO);
  if (request.capture_stderr) dup2(output.write, STDERR_FILENO);
  for (const auto& [name, value] : request.extra_env) setenv(name.c_str(), value.c_str(), 1);
  std::vector<char*> argv;
  for (const auto& arg : request.argv) argv.push_back(const_cast<char*>(arg.c_str()));
  argv.push_back(nullptr);
  execvp(argv[0], argv.data());
  // exec_error is close-on-exec: the parent reads EOF on success, errno here on failure.
  const int error = errno;
  [[maybe_unused]] const auto written = write(exec_error.write, &error, sizeof error);
  _exit(127);
}

// Reads until the writer closes or the deadline passes; false on timeout.
bool read_until(int fd, Clock::time_point deadline, std::string& out) {
  char buffer[4096];
  for (;;) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd, POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(left.count())) <= 0) continue;
    const auto n = read(fd, buffer, sizeof buffer);
    if (n <= 0) return true;
    out.append(buffer, static_cast<std::size_t>(n));
  }
}

// The child's exit status, waiting no longer than the deadline (a program may close its output and go on).
std::optional<int> wait_until(pid_t pid, Clock::time_point deadline) {
  for (;;) {
    int status = 0;
    if (waitpid(pid, &status, WNOHANG) == pid) return status;
    if (Clock::now() >= deadline) return std::nullopt;
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

int exec_errno(int fd) {
  int error = 0;
  return read(fd, &error, sizeof error) == static_cast<ssize_t>(sizeof error) ? error : 0;
}

}  // namespace

CommandResult run_bounded(const CommandRequest& request) {
  CommandResult result;
  if (request.argv.empty()) {
    result.output = "no program to run";
    return result;
  }
  Pipe output;
  Pipe exec_error;
  if (!output.open(O_CLOEXEC) || !exec_error.open(O_CLOEXEC)) {
    result.output = std::string("cannot start ") + request.argv[0] + ": pipe failed";
    return result;
  }
  const auto deadline = Clock::now() + request.deadline;
  const pid_t pid = fork();
  if (pid < 0) {
    result.output = std::string("cannot start ") + request.argv[0] + ": fork failed";
    return result;
  }
  if (pid == 0) exec_child(request, output, exec_error);
  output.close_write();
  exec_error.close_write();
  if (const int error = exec_errno(exec_error.read); error != 0) {
    waitpid(pid, nullptr, 0);
    result.output = "cannot start " + request.argv[0] + ": " + std::strerror(error);
    return result;
  }
  std::optional<int> status;
  if (read_until(output.read, deadline, result.output)) status = wait_until(pid, deadline);
  if (!status) {
    kill(-pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    result.end = CommandResult::End::TimedOut;
  } else if (WIFEXITED(*status)) {
    result.end = CommandResult::End::Exited;
    result.exit_status = WEXITSTATUS(*status);
  } else {
    result.end = CommandResult::End::Signalled;
  }
  return result;
}

}  // namespace ihe
