#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcdatset.h>
#include <dcmtk/dcmdata/dcitem.h>

#include <memory>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::net {

// DCMTK data sets stop here: everything above actors/net/dicom sees ihe::dicom::DicomDataset only.
// Both directions keep every VR, nested sequences, multiple values and present-but-empty attributes;
// character strings pass through as bytes in the data set's Specific Character Set, unconverted.

// Throws ihe::HarnessError only when DCMTK refuses a value, which a well-formed DicomDataset never holds.
std::unique_ptr<DcmDataset> to_dcmtk(const dicom::DicomDataset& dataset);

// Works on any item: a data set, a sequence item, a file's meta header. Internal VRs of DCMTK's dictionary
// (ox, xs, ...) become the VR DCMTK would write. Encapsulated (compressed) Pixel Data has no place in
// DicomDataset: it is kept as a present, empty OB element.
dicom::DicomDataset from_dcmtk(DcmItem& item);

}  // namespace ihe::net
