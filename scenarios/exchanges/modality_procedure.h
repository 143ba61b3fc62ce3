#pragma once

#include <string>
#include <vector>

#include "actors/dicom/dicom_dataset.h"
#include "actors/image_manager/archive_index.h"
#include "scenarios/engine/step_outcome.h"
#include "scenarios/exchanges/harness_side.h"

namespace ihe::scenarios {

// What a modality SUT produced for one patient at the harness's servers, as the MPPS checks compare it
// (scenarios/checks/mpps_checks.cpp): every MPPS of that patient at our Order Filler (as created, with its
// N-SETs applied) and every instance of that patient our Image Manager archived. Each scenario makes a fresh
// patient, so these are the scenario's own.
std::vector<dicom::DicomDataset> mpps_of_patient(HarnessSide& side, const std::string& patient_id);
std::vector<dicom::DicomDataset> archived_of_patient(HarnessSide& side, const std::string& patient_id);
// Every worklist item (one per SPS, PS3.4 K.6) of that patient our Order Filler publishes, as the SUT's
// query would have got it: what the MPPS and the images copy from (RAD TF-2 Appendix A).
std::vector<dicom::DicomDataset> worklist_of_patient(HarnessSide& side, const std::string& patient_id);
// The same instances with their files (as received: the SCP streams each C-STORE to its file).
std::vector<actors::image_manager::StoredInstance> archived_instances_of_patient(
    HarnessSide& side, const std::string& patient_id);

// Adds data sets "mpps", "archived" and "worklist" and values "mpps-count", "pps-ids" (space-separated,
// sorted) to an await's outcome.
void add_procedure_views(StepOutcome& outcome, HarnessSide& side, const std::string& patient_id);

}  // namespace ihe::scenarios
