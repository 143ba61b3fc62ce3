#pragma once

#include <sys/types.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ihe::test {

// A third-party peer (storescp, Orthanc, a node script ...) started by a test and stopped by its PID:
// SIGTERM, then SIGKILL when it has not exited within the grace period. Its stdout and stderr go to a
// log file so a failing test can show what the peer said.
class ChildProcess {
 public:
  struct Options {
    std::vector<std::string> argv;  // argv[0] is looked up on PATH
    std::filesystem::path log_file;
    std::filesystem::path working_dir;  // empty: the test's own
    std::map<std::string, std::string> extra_env;
    std::chrono::milliseconds stop_grace{10000};
  };

  explicit ChildProcess(Options options);
  ~ChildProcess();
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  pid_t pid() const { return pid_; }
  bool running();
  // Waits for the process to exit on its own; returns its exit code, or -1 on timeout or signal.
  int wait_for_exit(std::chrono::milliseconds timeout);
  void stop();
  std::string log() const;

 private:
  Options options_;
  pid_t pid_ = -1;
  int exit_status_ = -1;
};

// Runs a command to completion (bounded by timeout) and returns its exit code; output goes to out_file.
int run_command(const std::vector<std::string>& argv, const std::filesystem::path& out_file,
                std::chrono::milliseconds timeout = std::chrono::seconds(60),
                const std::map<std::string, std::string>& extra_env = {});

}  // namespace ihe::test
