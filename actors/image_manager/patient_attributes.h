#pragma once

#include <string>

#include "actors/common/procedure_records.h"
#include "actors/dicom/dicom_dataset.h"

// The Patient module attributes of a stored instance (PS3.3 C.7.1.1) as reconciliation reads and rewrites
// them: Patient ID (0010,0020), Issuer of Patient ID (0010,0021), Patient's Name (0010,0010), Birth Date
// (0010,0030), Sex (0010,0040), the DICOM side of HL7 PID-3/5/7/8 (spec digest 2.3).
namespace ihe::actors::image_manager {

Patient patient_of(const dicom::DicomDataset& attributes);

// Whether the instance belongs to the patient `id` of `issuer`. The IDs must be equal; the issuers only
// when both are known, because many modalities leave (0010,0021) empty while HL7 always names the assigning
// authority (PID-3.4, spec digest 2.3): an empty issuer on either side does not tell patients apart.
bool same_patient(const dicom::DicomDataset& attributes, const std::string& id, const std::string& issuer);
bool same_patient(const Patient& a, const Patient& b);

// `stored` with what `given` says. Empty fields of `given` leave the stored value as it is (an A08 naming
// only some fields must not blank the others), except the issuer when the ID changes: the old issuer names
// the old ID's namespace, so it goes with it.
Patient updated(Patient stored, const Patient& given);
// The instance's patient attributes replaced by updated(patient_of(attributes), given).
void write_patient(dicom::DicomDataset& attributes, const Patient& given);

}  // namespace ihe::actors::image_manager
