#pragma once

#include <optional>
#include <vector>

#include "actors/acquisition_modality/modality_scu.h"
#include "actors/acquisition_modality/mpps_builder.h"

namespace ihe::actors {

// RAD-6 Modality Procedure Step In Progress: N-CREATE of the step's MPPS instance (Affected SOP Instance
// UID = step.sop_instance_uid, chosen by us) on its own association. Publishes one "RAD-6" record. A peer
// without an MPPS presentation context (Orthanc) ends as error no_presentation_context.
net::NResult rad6_mpps_in_progress(const ScuContext& context, const Endpoint& pps_manager,
                                   const PerformedProcedureStep& step, const FaultSwitches& faults);

// RAD-7 Modality Procedure Step Completed / Discontinued: the final N-SET (on a new association: an MPPS
// SCP must accept N-CREATE and N-SET on different associations, spec digest 3.2). Publishes "RAD-7".
net::NResult rad7_mpps_final(const ScuContext& context, const Endpoint& pps_manager,
                             const PerformedProcedureStep& step, PpsFinalStatus status,
                             const std::vector<PerformedSeries>& series, const std::optional<Code>& reason,
                             const FaultSwitches& faults);

}  // namespace ihe::actors
