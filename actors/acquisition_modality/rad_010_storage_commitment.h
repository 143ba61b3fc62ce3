#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

#include "actors/acquisition_modality/commitment_report.h"
#include "actors/acquisition_modality/modality_scu.h"

namespace ihe::actors {

// Where we accept the N-EVENT-REPORT (PS3.4 J.3.3.1): on the N-ACTION's association, on a new association
// to our CommitmentListener (we release ours right after the N-ACTION response), or whichever comes first.
enum class ReportChannel { SameAssociation, NewAssociation, Either };

struct CommitmentResult {
  std::string transaction_uid;
  net::NResult action;                     // the N-ACTION response (0x0000 = request accepted, J.3.2)
  std::optional<CommitmentReport> report;  // nullopt: no report before the deadline
  bool ok() const { return action.ok() && action.kind() == net::StatusKind::Success && report.has_value(); }
};

// RAD-10 Storage Commitment: N-ACTION (Action Type 1, Transaction UID, Referenced SOP Sequence of every
// instance, PS3.4 J.3.2), then the report for that Transaction UID within `deadline`. `inbox` (of our
// listener) is needed for NewAssociation and Either. Publishes "RAD-10" records for the request and, when
// it came on our association, the report (the listener publishes the others).
CommitmentResult rad10_storage_commitment(const ScuContext& context, const Endpoint& image_manager,
                                          const std::vector<InstanceRef>& instances,
                                          const std::string& transaction_uid, ReportChannel channel,
                                          CommitmentInbox* inbox, std::chrono::seconds deadline);

}  // namespace ihe::actors
