#pragma once

#include "actors/common/procedure_records.h"
#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors::image_manager {

// What an order tells about an image of its study: the patient (write_patient), Accession Number
// (0008,0050), Request Attributes Sequence (0040,0275) and, when the order has them, Procedure Code Sequence
// (0008,1032) and Referring Physician (0008,0090): the MWL -> image copy rules of spec digest 3.3.
void write_order(dicom::DicomDataset& image, const Patient& patient, const RequestedProcedure& procedure);

}  // namespace ihe::actors::image_manager
