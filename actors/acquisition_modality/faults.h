#pragma once

#include <span>

#include "actors/common/fault_switches.h"

namespace ihe::actors {

// The deliberate defects of our Acquisition Modality, for when it stands in as the system under test
// (`ihe-harness actor acquisition-modality --fault NAME`): each breaks one requirement a check of the
// Order Filler / Image Manager side (or a modality test of the harness) must detect.
std::span<const FaultInfo> acquisition_modality_faults();

}  // namespace ihe::actors
