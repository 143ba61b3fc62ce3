#include "tests/support/child_process.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <fstream>
#include <sstream>
#include <stdexcept>
#include <thread>

namespace ihe::test {
namespace {

pid_t spawn(const ChildProcess::Options& options) {
  if (options.argv.empty()) throw std::invalid_argument("ChildProcess: empty argv");
  std::vector<char*> args;
  for (const auto& a : options.argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);

  const pid_t pid = fork();
  if (pid < 0) throw std::runtime_error("fork failed");
  if (pid == 0) {
    // Own process group, so that a stop also reaches what the peer forks (dcmqrscp forks per association).
    setpgid(0, 0);
    const int fd = open(options.log_file.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
    if (fd >= 0) {
      dup2(fd, STDOUT_FILENO);
      dup2(fd, STDERR_FILENO);
      close(fd);
    }
    const int null_fd = open("/dev/null", O_RDONLY);
    if (null_fd >= 0) dup2(null_fd, STDIN_FILENO);
    if (!options.working_dir.empty() && chdir(options.working_dir.c_str()) != 0) _exit(126);
    for (const auto& [key, value] : options.extra_env) setenv(key.c_str(), value.c_str(), 1);
    execvp(args[0], args.data());
    _exit(127);
  }
  setpgid(pid, pid);
  return pid;
}

}  // namespace

ChildProcess::ChildProcess(Options options) : options_(std::move(options)) { pid_ = spawn(options_); }

ChildProcess::~ChildProcess() { stop(); }

bool ChildProcess::running() {
  if (pid_ <= 0) return false;
  int status = 0;
  const pid_t r = waitpid(pid_, &status, WNOHANG);
  if (r == 0) return true;
  if (r == pid_) exit_status_ = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  pid_ = -1;
  return false;
}

int ChildProcess::wait_for_exit(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  while (running()) {
    if (std::chrono::steady_clock::now() >= deadline) return -1;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return exit_status_;
}

void ChildProcess::stop() {
  if (!running()) return;
  // running() resets pid_ to -1 once the process has exited: kill(-pid_) would then signal PID 1.
  const pid_t group = pid_;
  kill(-group, SIGTERM);
  if (wait_for_exit(options_.stop_grace) == -1 && running()) {
    kill(-group, SIGKILL);
    wait_for_exit(std::chrono::seconds(5));
  }
  kill(-group, SIGKILL);  // leftovers of the group, e.g. forked association handlers
}

std::string ChildProcess::log() const {
  std::ifstream in(options_.log_file);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

int run_command(const std::vector<std::string>& argv, const std::filesystem::path& out_file,
                std::chrono::milliseconds timeout, const std::map<std::string, std::string>& extra_env) {
  ChildProcess child({.argv = argv, .log_file = out_file, .working_dir = {}, .extra_env = extra_env,
                      .stop_grace = std::chrono::milliseconds(2000)});
  return child.wait_for_exit(timeout);
}

}  // namespace ihe::test
