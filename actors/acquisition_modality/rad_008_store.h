#pragma once

#include <string>
#include <vector>

#include "actors/acquisition_modality/modality_scu.h"
#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors {

// One image's C-STORE outcome.
struct StoredImage {
  std::string sop_instance_uid;
  net::DimseResult result;
};

struct StoreReport {
  net::DicomOutcome association;    // opening the association
  std::vector<StoredImage> images;  // one per image attempted, in order
  // True when the association opened and every image got a success or warning status (PS3.4 B.2.3).
  bool all_stored() const;
};

// RAD-8 Modality Images Stored: every image on one association (one presentation context per SOP class
// among them). Publishes one "RAD-8" record per image. After a transport error the remaining images are
// reported with that error without being attempted.
StoreReport rad8_store_images(const ScuContext& context, const Endpoint& image_archive,
                              const std::vector<dicom::DicomDataset>& images);

}  // namespace ihe::actors
