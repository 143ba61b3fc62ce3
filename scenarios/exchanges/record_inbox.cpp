#include "scenarios/exchanges/record_inbox.h"

namespace ihe::scenarios {

void RecordInbox::deliver(const actors::TransactionRecord& record) {
  {
    std::lock_guard lock(mutex_);
    records_.push_back(record);
  }
  arrived_.notify_all();
}

std::size_t RecordInbox::size() const {
  std::lock_guard lock(mutex_);
  return records_.size();
}

std::optional<actors::TransactionRecord> RecordInbox::wait(const std::string& transaction, std::size_t first,
                                                           std::chrono::steady_clock::time_point deadline,
                                                           std::size_t& position) const {
  std::unique_lock lock(mutex_);
  for (;;) {
    for (std::size_t i = first; i < records_.size(); ++i)
      if (records_[i].transaction == transaction) {
        position = i;
        return records_[i];
      }
    first = records_.size();
    if (arrived_.wait_until(lock, deadline) == std::cv_status::timeout && first == records_.size())
      return std::nullopt;
  }
}

}  // namespace ihe::scenarios
