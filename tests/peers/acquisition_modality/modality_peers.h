#pragma once

#include <mutex>
#include <string>
#include <vector>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/acquisition_modality/procedure_step.h"

// Shared by the peer tests: the worklist item of targets.md 3.2 as tests/support writes it, and a
// transaction log that keeps what was published.
namespace ihe::test {

inline constexpr const char* kWorklistStudyUid = "2.25.30734377766702704642367920754109317195";

class RecordedLog {
 public:
  RecordedLog() {
    log.subscribe([this](const actors::TransactionRecord& r) {
      const std::lock_guard lock(mutex_);
      records_.push_back(r);
    });
  }
  std::vector<actors::TransactionRecord> records() {
    const std::lock_guard lock(mutex_);
    return records_;
  }
  actors::TransactionLog log;

 private:
  std::mutex mutex_;
  std::vector<actors::TransactionRecord> records_;
};

inline actors::Endpoint loopback(const std::string& ae_title, std::uint16_t port) {
  return {ae_title, "127.0.0.1", port};
}

inline std::string today() {
  return actors::DateTime::now().date;
}

}  // namespace ihe::test
