#include "actors/common/hl7_link/background_script.h"

namespace ihe::actors {

void BackgroundScript::start(std::function<void(const std::atomic<bool>& stopping)> body) {
  if (thread_.joinable()) return;
  thread_ = std::thread([this, body = std::move(body)] {
    body(stopping_);
    std::lock_guard lock(mutex_);
    done_ = true;
    done_changed_.notify_all();
  });
}

void BackgroundScript::stop() {
  stopping_ = true;
  if (thread_.joinable()) thread_.join();
}

bool BackgroundScript::wait_done(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return done_changed_.wait_for(lock, timeout, [this] { return done_; });
}

}  // namespace ihe::actors
