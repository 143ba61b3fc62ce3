#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <vector>

#include "actors/net/dicom/scp/dicom_server.h"
#include "actors/net/dicom/sop_classes.h"
#include "tests/support/net_util.h"

namespace ihe::test {

inline constexpr const char* kVerification = net::sop_class::kVerification;
inline constexpr const char* kMpps = net::sop_class::kMpps;
inline constexpr const char* kStorageCommitment = net::sop_class::kStorageCommitmentPushModel;
inline constexpr const char* kSecondaryCapture = net::sop_class::kSecondaryCaptureImageStorage;
inline constexpr const char* kCtImage = net::sop_class::kCtImageStorage;
inline constexpr const char* kStudyRootFind = net::sop_class::kStudyRootFind;
inline constexpr const char* kStudyRootMove = net::sop_class::kStudyRootMove;

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
