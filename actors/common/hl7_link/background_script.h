#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>

namespace ihe::actors {

// Runs an actor's configured work (events to send, orders to place) once, on a thread of its own, so that
// a slow peer never delays `ihe-harness actor` or a Ctrl-C. The body checks `stopping` between steps; each
// step must be bounded (every HL7 exchange is, by its timeout).
class BackgroundScript {
 public:
  BackgroundScript() = default;
  ~BackgroundScript() { stop(); }
  BackgroundScript(const BackgroundScript&) = delete;
  BackgroundScript& operator=(const BackgroundScript&) = delete;

  // Once; later calls do nothing while the first body runs or after it ran.
  void start(std::function<void(const std::atomic<bool>& stopping)> body);
  // Asks the body to stop after its current step and waits for it. Idempotent.
  void stop();
  // True once the body has returned; false when `timeout` passes first or it never started.
  bool wait_done(std::chrono::milliseconds timeout);

 private:
  std::thread thread_;
  std::atomic<bool> stopping_{false};
  std::mutex mutex_;
  std::condition_variable done_changed_;
  bool done_ = false;
};

}  // namespace ihe::actors
