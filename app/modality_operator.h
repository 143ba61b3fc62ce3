#pragma once

#include <atomic>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "scenarios/engine/operator.h"

namespace ihe::app {

// Our Acquisition Modality as the person at the console: each operator step's action (scenarios/README.md,
// "Operator actions") becomes the modality's behaviour, with the step's patient-id, patient-name,
// accession and reason. Used where our modality is the SUT (demo, fault matrix, selftests). An unknown
// action, a step without worklist item to perform or an interrupted run is answered not done.
scenarios::OperatorFn modality_operator(actors::AcquisitionModality& modality,
                                        const std::atomic<bool>& interrupted);

}  // namespace ihe::app
