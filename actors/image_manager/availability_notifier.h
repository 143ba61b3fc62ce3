#pragma once

#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "actors/common/fault_switches.h"
#include "actors/common/id_factory.h"
#include "actors/common/mpps/mpps_lifecycle.h"
#include "actors/common/transaction_log.h"
#include "actors/dicom/dicom_dataset.h"
#include "actors/image_manager/archive_index.h"
#include "actors/image_manager/config.h"
#include "actors/image_manager/outbox.h"

namespace ihe::actors::image_manager {

// RAD-49 Instance Availability Notification (PS3.4 Annex R): once an MPPS is COMPLETED and every instance
// its Performed Series Sequence lists is archived, one N-CREATE per study goes to the configured Order
// Filler (MESA 134 sends it after the PPS instances are stored). Sending goes through the Outbox so a slow
// Order Filler never delays a modality's C-STORE or N-SET response. Does nothing when no Order Filler is
// configured.
class AvailabilityNotifier {
 public:
  AvailabilityNotifier(const ImageManagerConfig& config, const FaultSwitches& faults, TransactionLog& log,
                       Outbox& outbox, IdFactory& ids);

  // An MPPS reached COMPLETED or DISCONTINUED (only COMPLETED ones are notified).
  void mpps_final(const std::string& mpps_uid, const mpps::MppsInstance& mpps, const ArchiveIndex& archive);
  // An instance arrived: a completed MPPS may now be whole.
  void instance_stored(const ArchiveIndex& archive);

 private:
  void release_complete(const ArchiveIndex& archive);  // with mutex_ held
  void send(const dicom::DicomDataset& ian) const;     // on the outbox thread

  const ImageManagerConfig& config_;
  const FaultSwitches& faults_;
  TransactionLog& log_;
  Outbox& outbox_;
  IdFactory& ids_;
  std::mutex mutex_;
  // Completed MPPS (instance UID, attributes) whose instances are not all archived yet.
  std::vector<std::pair<std::string, dicom::DicomDataset>> waiting_;
};

// The IAN data sets (PS3.4 Table R.3-1) for a completed MPPS, one per study, or empty while an instance it
// lists is missing from the archive.
std::vector<dicom::DicomDataset> availability_notifications(const std::string& mpps_uid,
                                                            const dicom::DicomDataset& mpps,
                                                            const ArchiveIndex& archive,
                                                            const std::string& retrieve_ae);

}  // namespace ihe::actors::image_manager
