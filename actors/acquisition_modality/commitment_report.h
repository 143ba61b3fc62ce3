#pragma once

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "actors/acquisition_modality/procedure_step.h"
#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors {

struct FailedInstance {
  InstanceRef instance;
  std::uint16_t reason = 0;  // Failure Reason (0008,1197), PS3.3 C.14.1.1: 0x0110, 0x0112, 0x0119 ...
};

// A Storage Commitment result (N-EVENT-REPORT, PS3.4 J.3.3): event type 1 all committed, 2 failures exist.
struct CommitmentReport {
  std::string transaction_uid;
  std::uint16_t event_type = 0;
  std::vector<InstanceRef> committed;  // Referenced SOP Sequence (0008,1199)
  std::vector<FailedInstance> failed;  // Failed SOP Sequence (0008,1198)
  std::string calling_ae;              // who sent it; empty when it came on our own association
  bool same_association = false;
  // On a new association: whether its requestor proposed the SCP role for Storage Commitment (PS3.7
  // D.3.3.4: without it the requestor is SCU, which sends no N-EVENT-REPORT; MESA 251).
  bool scp_role_proposed = false;

  static CommitmentReport from_event(std::uint16_t event_type, const dicom::DicomDataset& information);
};

// Reports received by our Storage Commitment SCU's listener, waiting for the transaction that asked for
// them. Thread-safe: the listener delivers on its association threads, a transaction waits on its own.
class CommitmentInbox {
 public:
  void deliver(CommitmentReport report);
  // The report for `transaction_uid`, removed from the inbox; nullopt when none arrives within `timeout`
  // or the inbox is closed.
  std::optional<CommitmentReport> wait(const std::string& transaction_uid, std::chrono::milliseconds timeout);
  // Wakes every waiter with nullopt and makes later waits return at once (the actor is stopping).
  void close();
  bool closed();

 private:
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<CommitmentReport> reports_;
  bool closed_ = false;
};

}  // namespace ihe::actors
