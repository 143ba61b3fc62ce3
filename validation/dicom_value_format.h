#pragma once

#include <string>
#include <string_view>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::validation {

// Whether one value suits its VR (PS3.5 Table 6.2-1: character repertoire, length, form of DA/TM/DT/AS/
// IS/DS/UI). Returns an empty string when it does, else the expected form. VRs without a textual form
// (binary, bulk, SQ) always pass.
std::string dicom_value_problem(dicom::Vr vr, std::string_view value);

}  // namespace ihe::validation
