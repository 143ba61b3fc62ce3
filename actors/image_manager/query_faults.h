#pragma once

#include "actors/common/fault_switches.h"
#include "actors/dicom/dicom_dataset.h"

// The query faults that bend the C-FIND matching rules of PS3.4 C.2.2.2 (faults.h), kept apart from the
// conformant query path in rad_014_query.cpp.
namespace ihe::actors::image_manager {

// The keys as the faulty matcher sees them: query-ignore-date-range drops every DA/TM/DT range key.
dicom::DicomDataset faulty_keys(const FaultSwitches& faults, dicom::DicomDataset keys);

// False when query-wildcard-literal is on and a key with '*' or '?' is not literally the entity's value.
bool faulty_match(const FaultSwitches& faults, const dicom::DicomDataset& keys,
                  const dicom::DicomDataset& entity);

// The response as the faulty SCP sends it: query-count-series-as-instances answers Number of Study Related
// Instances with the entity's number of series.
dicom::DicomDataset faulty_answer(const FaultSwitches& faults, dicom::DicomDataset answer,
                                  const dicom::DicomDataset& entity);

}  // namespace ihe::actors::image_manager
