#pragma once

#include "actors/dicom/dicom_dataset.h"

namespace ihe::dicom::test {

// A synthetic image-like data set with one attribute of every VR of PS3.5 Table 6.2-1, multiple values,
// present-but-empty attributes (text, number, bulk, sequence), an empty item, sequences nested twice and a
// private block.
DicomDataset every_vr_dataset();

}  // namespace ihe::dicom::test
