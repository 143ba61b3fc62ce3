#include "app/stop_signal.h"

#include <signal.h>

namespace ihe::app {
namespace {

sigset_t stop_signals() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  sigaddset(&set, SIGTERM);
  return set;
}

}  // namespace

void block_stop_signals() {
  const sigset_t set = stop_signals();
  pthread_sigmask(SIG_BLOCK, &set, nullptr);
}

void wait_for_stop_signal(const std::function<bool()>& done) {
  const sigset_t set = stop_signals();
  const timespec poll{.tv_sec = 0, .tv_nsec = 100'000'000};
  while (!done()) {
    if (sigtimedwait(&set, nullptr, &poll) > 0) return;
  }
}

}  // namespace ihe::app
