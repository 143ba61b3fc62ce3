#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace ihe::actors {

// One IHE transaction as a simulated actor saw it, in words: what `ihe-harness actor` prints as one line
// and what the evidence recorder keeps. Wire-level detail (frames, data sets) stays with the net layer's
// own events.
struct TransactionRecord {
  std::string transaction;  // "RAD-8", or the DIMSE/HL7 name when no RAD transaction applies
  std::string peer;         // "MODALITY1@127.0.0.1" or "127.0.0.1:50312"
  std::string summary;      // "C-STORE CT image 1.2.3... for PAT001"
  std::string outcome;      // "0x0000 Success", "AA", "rejected: unknown MPPS instance"
};

// The stream actors publish their transactions on. Observers are called on the publishing thread (actors
// publish from their server threads), so they must be thread-safe; publish() serialises the calls.
class TransactionLog {
 public:
  using Observer = std::function<void(const TransactionRecord&)>;

  void subscribe(Observer observer) {
    std::lock_guard lock(mutex_);
    observers_.push_back(std::move(observer));
  }

  void publish(const TransactionRecord& record) {
    std::lock_guard lock(mutex_);
    for (const auto& observer : observers_) observer(record);
  }

 private:
  std::mutex mutex_;
  std::vector<Observer> observers_;
};

}  // namespace ihe::actors
