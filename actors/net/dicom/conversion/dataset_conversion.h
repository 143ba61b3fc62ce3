#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <memory>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::net {

// DCMTK data sets stop here: everything above actors/net/dicom sees ihe::dicom::DicomDataset only.
std::unique_ptr<DcmDataset> to_dcmtk(const dicom::DicomDataset& dataset);
dicom::DicomDataset from_dcmtk(DcmItem& item);

}  // namespace ihe::net
