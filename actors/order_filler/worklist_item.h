#pragma once

#include "actors/dicom/dicom_dataset.h"
#include "actors/order_filler/procedure_store.h"

namespace ihe::actors {

// One Modality Worklist item with every return key of PS3.4 Table K.6-1 the Order Filler knows (spec
// digest 3.1): the patient, the requested procedure and exactly one SPS Sequence (0040,0100) item, the
// remark of K.6-1. Attributes the Order Filler has no value for are present with zero length (type 2).
dicom::DicomDataset worklist_item(const WorklistEntry& entry);

}  // namespace ihe::actors
