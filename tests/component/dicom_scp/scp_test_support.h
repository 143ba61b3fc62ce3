#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "actors/net/dicom/scp/dicom_server.h"
#include "tests/support/net_util.h"

namespace ihe::test {

inline constexpr const char* kVerification = "1.2.840.10008.1.1";
inline constexpr const char* kMpps = "1.2.840.10008.3.1.2.3.3";
inline constexpr const char* kStorageCommitment = "1.2.840.10008.1.20.1";
inline constexpr const char* kSecondaryCapture = "1.2.840.10008.5.1.4.1.1.7";
inline constexpr const char* kCtImage = "1.2.840.10008.5.1.4.1.1.2";
inline constexpr const char* kStudyRootFind = "1.2.840.10008.5.1.4.1.2.2.1";
inline constexpr const char* kStudyRootMove = "1.2.840.10008.5.1.4.1.2.2.2";

// Collects the server's wire events (it is an observer like the evidence recorder) and lets a test wait
// for one with a deadline.
class EventLog {
 public:
  net::ScpObserver observer() {
    return [this](const net::ScpEvent& event) {
      const std::lock_guard lock(mutex_);
      events_.push_back(event);
      changed_.notify_all();
    };
  }
  bool wait_for(const std::function<bool(const net::ScpEvent&)>& match,
                std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    std::unique_lock lock(mutex_);
    return changed_.wait_for(lock, timeout, [&] {
      for (const auto& e : events_)
        if (match(e)) return true;
      return false;
    });
  }
  bool wait_for_kind(net::ScpEventKind kind, std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
    return wait_for([kind](const net::ScpEvent& e) { return e.kind == kind; }, timeout);
  }
  std::vector<net::ScpEvent> events() {
    const std::lock_guard lock(mutex_);
    return events_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  std::vector<net::ScpEvent> events_;
};

// A running server on a free loopback port with the log subscribed.
inline std::unique_ptr<net::DicomServer> start_server(net::ServerConfig config, net::HandlerRegistry registry,
                                                      EventLog& log) {
  if (config.port == 0) config.port = free_port();
  auto server = std::make_unique<net::DicomServer>(std::move(config), std::move(registry));
  server->subscribe(log.observer());
  server->start();
  return server;
}

}  // namespace ihe::test
