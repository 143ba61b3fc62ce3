#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <vector>

#include "actors/net/mllp/mllp_event.h"

namespace ihe::net::test {

// Records the wire events of a listener or client, as the evidence recorder will.
class EventLog {
 public:
  explicit EventLog(MllpEvents& events) : source_(events) {
    subscription_ = events.subscribe([this](const MllpEvent& event) {
      std::lock_guard lock(mutex_);
      events_.push_back(event);
      changed_.notify_all();
    });
  }
  ~EventLog() { source_.unsubscribe(subscription_); }
  EventLog(const EventLog&) = delete;
  EventLog& operator=(const EventLog&) = delete;

  // Waits until an event matching `match` was recorded; returns a copy of it, or nullopt on timeout.
  std::optional<MllpEvent> wait_for(const std::function<bool(const MllpEvent&)>& match,
                                    std::chrono::milliseconds timeout) {
    std::unique_lock lock(mutex_);
    std::optional<MllpEvent> found;
    changed_.wait_for(lock, timeout, [&] {
      for (const auto& event : events_) {
        if (match(event)) {
          found = event;
          return true;
        }
      }
      return false;
    });
    return found;
  }

  std::optional<MllpEvent> wait_for(MllpEventKind kind, std::chrono::milliseconds timeout) {
    return wait_for([kind](const MllpEvent& event) { return event.kind == kind; }, timeout);
  }

  std::vector<MllpEvent> snapshot() const {
    std::lock_guard lock(mutex_);
    return events_;
  }

 private:
  MllpEvents& source_;
  MllpEvents::Subscription subscription_ = 0;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<MllpEvent> events_;
};

}  // namespace ihe::net::test
