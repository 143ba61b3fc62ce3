#pragma once

#include <chrono>
#include <map>
#include <string>
#include <vector>

namespace ihe {

// Another program the harness runs and waits for, never longer than its deadline: the operator hook
// (--operator-hook CMD) and external validators (dciodvfy).
struct CommandRequest {
  std::vector<std::string> argv;                 // argv[0] is looked up on PATH
  std::map<std::string, std::string> extra_env;  // set in the child only
  std::chrono::milliseconds deadline{30'000};
  bool capture_stderr = false;  // false: the child's stderr stays ours (a hook's messages reach the terminal)
};

struct CommandResult {
  enum class End {
    Exited,      // exit_status holds its status
    Signalled,   // killed by a signal it did not get from us
    TimedOut,    // still running at the deadline: killed with its process group
    NotStarted,  // no such program, or no pipe/fork: `output` says why
  };
  End end = End::NotStarted;
  int exit_status = -1;
  std::string output;  // standard output (and standard error when captured), as written

  bool succeeded() const { return end == End::Exited && exit_status == 0; }
};

// Runs argv in a process group of its own, collecting its output until it exits or the deadline passes.
// Never throws for what the program does; a program that cannot be started is End::NotStarted.
CommandResult run_bounded(const CommandRequest& request);

}  // namespace ihe
