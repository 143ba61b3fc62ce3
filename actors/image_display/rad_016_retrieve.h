#pragma once

#include <string>
#include <vector>

#include "actors/common/transaction_log.h"
#include "actors/image_display/archive_link.h"
#include "actors/image_display/rad_014_query.h"
#include "actors/image_display/storage_scp.h"
#include "actors/net/dicom/scu/dicom_association.h"

namespace ihe::actors {

// One RAD-16 Retrieve Images request, Study Root C-MOVE (PS3.4 C.4.2) at STUDY, SERIES or IMAGE level:
// SERIES needs study_uid and series_uid, IMAGE also sop_instance_uids (a UID list, PS3.4 C.2.2.2.2).
struct RetrieveRequest {
  QueryLevel level = QueryLevel::Study;
  std::string study_uid{};
  std::string series_uid{};
  std::vector<std::string> sop_instance_uids{};
};

// The outcome of RAD-16. error is empty when the archive answered the C-MOVE and every instance it counts as
// completed (or completed with warning) reached our Storage SCP; `timeout` when the archive stayed silent
// past a response deadline, or when fewer instances arrived within DisplayTimeouts::sub_operations than it
// counted (status and counts are then still the archive's answer).
struct RetrieveResult : net::DicomOutcome {
  std::uint16_t status = 0;                               // the final C-MOVE status
  net::MoveProgress counts{};                             // the final response's sub-operation counts
  std::vector<std::string> received_sop_instance_uids{};  // what our SCP received during the retrieve
  std::string status_text() const;
};

// The identifier of `request`; a level without the UIDs it needs, or PATIENT, is a harness error.
dicom::DicomDataset rad16_identifier(const RetrieveRequest& request);

// RAD-16 (RAD TF-2 4.16): C-MOVE to `destination`'s AE title, then waits for the instances the archive
// reports sent. The archive must know that AE title (spec digest 3.6: else 0xA801). Publishes one "RAD-16"
// record.
RetrieveResult retrieve_images(const ArchiveLink& link, const RetrieveRequest& request,
                               const ImageStorageScp& destination, TransactionLog& log);

}  // namespace ihe::actors
