#pragma once

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/dicom/dicom_dataset.h"
#include "scenarios/engine/scenario.h"

namespace ihe::scenarios {

// The worklist item an Order Filler would have returned for the step's procedure parameters (patient-id,
// patient-name, accession, study-uid; fresh identifiers where unset), so that against an Image Manager the
// harness's modality performs a scheduled step as in MESA 101 without an Order Filler (RAD TF-2 Appendix
// A: the MWL attributes are what images and MPPS copy).
dicom::DicomDataset synthetic_worklist_item(const Step& step, actors::AcquisitionModality& modality);

}  // namespace ihe::scenarios
