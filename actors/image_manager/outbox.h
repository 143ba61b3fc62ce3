#pragma once

#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <thread>

namespace ihe::actors::image_manager {

// The outgoing associations the Image Manager opens on its own (RAD-49 notifications, a storage
// commitment report sent by hand), run in order on one thread so a slow or absent peer never delays a
// response on an incoming association. Each task bounds its own network waits.
class Outbox {
 public:
  using Task = std::function<void()>;

  Outbox() = default;
  ~Outbox();  // stop()
  Outbox(const Outbox&) = delete;
  Outbox& operator=(const Outbox&) = delete;

  void start();
  // Runs what is queued, then ends the thread. Idempotent.
  void stop();
  // Queued after start() and before stop(); dropped otherwise.
  void post(Task task);

 private:
  void run();

  std::mutex mutex_;
  std::condition_variable wake_;
  std::deque<Task> tasks_;
  bool running_ = false;
  std::thread worker_;
};

}  // namespace ihe::actors::image_manager
