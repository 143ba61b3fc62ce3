#include "app/modality_operator.h"

#include <fmt/core.h>

namespace ihe::app {

scenarios::OperatorFn modality_operator(actors::AcquisitionModality& modality,
                                        const std::atomic<bool>& interrupted) {
  return [&modality, &interrupted](const scenarios::OperatorRequest&) {
    if (interrupted) return scenarios::OperatorAnswer{false, "interrupted"};
    const auto outcome = modality.run_scheduled_workflow();
    const auto worklist =
        fmt::format("{} worklist item(s), status {:#06x} {}", outcome.worklist.matches.size(),
                    outcome.worklist.status, outcome.worklist.detail);
    return scenarios::OperatorAnswer{outcome.step.has_value(),
                                     outcome.step ? "our modality performed the step (" + worklist + ")"
                                                  : "our modality found no step (" + worklist + ")"};
  };
}

}  // namespace ihe::app
