#pragma once

#include <atomic>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "scenarios/engine/operator.h"

namespace ihe::app {

// Answers the operator steps of scenarios against our own Acquisition Modality as the SUT: the person at
// the modality would pick the published worklist item and acquire; ours runs its scheduled workflow
// (RAD-5, RAD-6, RAD-8, RAD-7, RAD-10). Done when a step was performed. Once `interrupted` is set
// (Ctrl-C), it answers not done without touching the modality.
scenarios::OperatorFn modality_operator(actors::AcquisitionModality& modality,
                                        const std::atomic<bool>& interrupted);

}  // namespace ihe::app
