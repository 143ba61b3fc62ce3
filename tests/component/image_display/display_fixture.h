#pragma once

// What the Image Display component tests share: a display on a free port aimed at an archive, with its
// transaction records kept for assertions.
#include <chrono>
#include <mutex>
#include <optional>
#include <vector>

#include "actors/image_display/image_display.h"
#include "tests/support/net_util.h"

namespace ihe::test {

class RecordedLog {
 public:
  RecordedLog() {
    log.subscribe([this](const actors::TransactionRecord& r) {
      std::lock_guard lock(mutex_);
      records_.push_back(r);
    });
  }
  std::vector<actors::TransactionRecord> records() const {
    std::lock_guard lock(mutex_);
    return records_;
  }
  actors::TransactionLog log;

 private:
  mutable std::mutex mutex_;
  std::vector<actors::TransactionRecord> records_;
};

// Deadlines of one second: long enough on loopback, short enough to keep a silent-peer test fast.
inline actors::ImageDisplayConfig display_config(std::uint16_t port,
                                                 std::optional<actors::Endpoint> archive) {
  using namespace std::chrono_literals;
  actors::ImageDisplayConfig config;
  config.ae_title = "DISPLAY";
  config.port = port;
  config.image_archive = std::move(archive);
  config.timeouts = {.association = 1s, .response = 1s, .sub_operations = 1s};
  return config;
}

// A call that must end within its deadlines (each 1 s) ends well within this.
constexpr auto kWithinDeadline = std::chrono::seconds(6);

}  // namespace ihe::test
