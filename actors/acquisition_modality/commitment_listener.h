#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "actors/acquisition_modality/commitment_report.h"
#include "actors/acquisition_modality/ian_inbox.h"
#include "actors/common/transaction_log.h"
#include "actors/net/dicom/scp/dicom_server.h"

namespace ihe::actors {

// Our small SCP for Storage Commitment reports that arrive on a new association (PS3.4 J.3.3.1.2: the
// Image Manager opens it to our AE, usually proposing the SCP role, which we accept; Orthanc proposes no
// role). Every report is answered 0x0000, published as a "RAD-10" record and delivered to the inbox.
// It also takes Instance Availability Notifications (RAD-49 N-CREATE, PS3.4 R.3) into ian_inbox(): the
// harness plays the Order Filler an Image Manager SUT notifies on the same AE.
class CommitmentListener {
 public:
  // refuse_reports: fault stgcmt-refuse-report, every report is answered 0x0110 (still delivered).
  CommitmentListener(std::string ae_title, std::uint16_t port, TransactionLog* log,
                     bool refuse_reports = false);
  ~CommitmentListener();
  // HarnessError naming the port when it cannot listen.
  void start();
  void stop();
  std::uint16_t port() const;  // the one picked when the configuration said 0
  CommitmentInbox& inbox() { return inbox_; }
  IanInbox& ian_inbox() { return ian_inbox_; }

 private:
  std::string ae_title_;
  TransactionLog* log_;
  CommitmentInbox inbox_;
  IanInbox ian_inbox_;
  std::unique_ptr<net::DicomServer> server_;
};

}  // namespace ihe::actors
