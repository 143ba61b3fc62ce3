#pragma once

#include <optional>
#include <vector>

#include "actors/acquisition_modality/procedure_step.h"
#include "actors/common/fault_switches.h"
#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors {

enum class PpsFinalStatus { Completed, Discontinued };

// RAD-6: the N-CREATE attributes of PS3.4 Table F.7.2-1 (spec digest 3.2) with PPS Status IN PROGRESS, the
// Scheduled Step Attributes Sequence copied from the MWL items (one item per SPS; one item of zero-length
// values around a generated Study UID when unscheduled), and every type 2 attribute present.
// Fault "mpps-missing-ssas" leaves the sequence out.
dicom::DicomDataset mpps_in_progress(const PerformedProcedureStep& step, const FaultSwitches& faults);

// RAD-7: the final N-SET. PS3.4 F.7.2-1 notes 1-2: End Date/Time type 1, Performed Series Sequence not
// empty and listing every image created. `reason` (Discontinuation Reason Code Sequence, CID 9300) only
// with Discontinued. Fault "mpps-no-performed-series" leaves the sequence out.
dicom::DicomDataset mpps_final(PpsFinalStatus status, const DateTime& end,
                               const std::vector<PerformedSeries>& series, const std::optional<Code>& reason,
                               const FaultSwitches& faults);

// The Procedure Code Sequence of the step: every RP Code Sequence item of its MWL items, duplicates once
// (RAD TF-2 A: RP Code Seq -> Procedure Code Seq in images and MPPS).
std::vector<dicom::DicomDataset> procedure_codes(const PerformedProcedureStep& step);

}  // namespace ihe::actors
