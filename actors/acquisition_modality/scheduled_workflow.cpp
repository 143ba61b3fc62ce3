// One scheduled acquisition from worklist to commitment (RAD TF-1 SWF process flow, spec digest 1.1):
// RAD-5, RAD-6, images, RAD-8, RAD-7, RAD-10. A failed step is published and the flow goes on where that
// still makes sense (an MPPS the peer refuses does not keep the images from being stored).
#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/acquisition_modality/rad_005_worklist_query.h"

namespace ihe::actors {

WorkflowOutcome AcquisitionModality::run_scheduled_workflow() {
  WorkflowOutcome outcome;
  const auto& settings = config_.workflow;
  const auto identifier = settings.patient_id.empty()
                              ? worklist_identifier(BroadWorklistQuery{
                                    DateTime::now().date, config_.station.modality, config_.ae_title})
                              : worklist_identifier(PatientWorklistQuery{settings.patient_id, "", "", ""});
  outcome.worklist = query_worklist(identifier);
  if (!outcome.worklist.ok() || outcome.worklist.matches.empty()) {
    log_.publish({"workflow", require(config_.order_filler, "<order-filler>").to_string(),
                  "scheduled workflow", "stopped: no worklist item to perform"});
    return outcome;
  }
  auto performed = perform(begin_step({outcome.worklist.matches.front()}));
  performed.worklist = std::move(outcome.worklist);
  return performed;
}

}  // namespace ihe::actors
