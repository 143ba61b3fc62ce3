#pragma once

#include <functional>

namespace ihe::app {

// Long-running commands (listeners, standalone actors) stop on Ctrl-C or SIGTERM. Call
// block_stop_signals() before starting any thread, so that only wait_for_stop_signal() receives them.
void block_stop_signals();
// Returns when SIGINT or SIGTERM arrives, or as soon as `done` (polled every 100 ms) returns true.
void wait_for_stop_signal(const std::function<bool()>& done = [] { return false; });

}  // namespace ihe::app
