#pragma once

#include <vector>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/dicom/dicom_dataset.h"
#include "scenarios/engine/scenario.h"

namespace ihe::scenarios {

// The worklist items an Order Filler would have returned for the step's procedure parameters (patient-id,
// patient-name, accession, study-uid; fresh identifiers where unset), so that against an Image Manager the
// harness's modality performs a scheduled step as in MESA 101 without an Order Filler (RAD TF-2 Appendix
// A: the MWL attributes are what images and MPPS copy). procedures=N (default 1) makes N requested
// procedures of the one patient, one scheduled step each, the group case of MESA 106 (PS3.17 J.4.1): the
// first takes accession and study-uid, the others get their own accession, RP ID, SPS ID and Study UID.
std::vector<dicom::DicomDataset> synthetic_worklist_items(const Step& step,
                                                          actors::AcquisitionModality& modality);

}  // namespace ihe::scenarios
