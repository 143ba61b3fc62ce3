#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "actors/common/transaction_log.h"

namespace ihe::scenarios {

// The transaction records the harness's server actors publish (what the SUT did to them), kept in order so
// an await step can wait for the next one of a transaction with a deadline (ARCHITECTURE.md: await waits
// on an actor's thread-safe mailbox). Thread-safe.
class RecordInbox {
 public:
  void deliver(const actors::TransactionRecord& record);
  std::size_t size() const;
  // The first record of `transaction` at position >= first, waiting until `deadline` passes; its
  // position is stored in `position`.
  std::optional<actors::TransactionRecord> wait(const std::string& transaction, std::size_t first,
                                                std::chrono::steady_clock::time_point deadline,
                                                std::size_t& position) const;

 private:
  mutable std::mutex mutex_;
  mutable std::condition_variable arrived_;
  std::vector<actors::TransactionRecord> records_;
};

}  // namespace ihe::scenarios
