#include "actors/image_manager/outbox.h"

namespace ihe::actors::image_manager {

Outbox::~Outbox() {
  stop();
}

void Outbox::start() {
  std::lock_guard lock(mutex_);
  if (running_) return;
  running_ = true;
  worker_ = std::thread([this] { run(); });
}

void Outbox::stop() {
  {
    std::lock_guard lock(mutex_);
    running_ = false;
  }
  wake_.notify_all();
  if (worker_.joinable()) worker_.join();
}

void Outbox::post(Task task) {
  {
    std::lock_guard lock(mutex_);
    if (!running_) return;
    tasks_.push_back(std::move(task));
  }
  wake_.notify_all();
}

void Outbox::run() {
  for (;;) {
    Task task;
    {
      std::unique_lock lock(mutex_);
      wake_.wait(lock, [this] { return !running_ || !tasks_.empty(); });
      if (tasks_.empty()) return;
      task = std::move(tasks_.front());
      tasks_.pop_front();
    }
    task();
  }
}

}  // namespace ihe::actors::image_manager
