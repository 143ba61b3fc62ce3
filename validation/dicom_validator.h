#pragma once

#include <vector>

#include "actors/dicom/dicom_dataset.h"
#include "profiles/model/dicom_rules.h"
#include "reports/model/finding.h"

namespace ihe::validation {

// Checks a data set against one attribute table: presence and emptiness by type (1, 1C, 2, 2C, 3, not
// allowed; PS3.5 7.4), enumerated values, sequence item counts and, recursively, each item; plus the
// value form of every covered attribute's VR (PS3.5 6.2). Locations are tag paths with items numbered
// from 1: `(0040,0100)[1]/(0040,0001)`. Attributes the table does not name are not looked at.
std::vector<reports::Finding> validate_dicom(const dicom::DicomDataset& dataset,
                                             const profiles::DatasetRules& rules);

}  // namespace ihe::validation
