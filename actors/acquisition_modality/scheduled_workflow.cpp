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
  const PerformedProcedureStep step = begin_step({outcome.worklist.matches.front()});
  outcome.step = step;
  outcome.in_progress = report_in_progress(step);

  std::vector<dicom::DicomDataset> images;
  outcome.series.push_back(acquire(step, 1, settings.images_per_series, images));
  outcome.stored = store(images);
  // An N-SET for an instance the PPS Manager never created only earns 0x0112 (PS3.4 F.7.2.2): say so
  // instead of sending it.
  const bool created = outcome.in_progress->ok() && outcome.in_progress->kind() == net::StatusKind::Success;
  if (created)
    outcome.completed = report_final(step, PpsFinalStatus::Completed, outcome.series);
  else
    log_.publish({"RAD-7", require(config_.pps_manager(), "<mpps>").to_string(),
                  "MPPS N-SET COMPLETED " + step.sop_instance_uid, "not sent: its N-CREATE (RAD-6) failed"});
  if (!faults_.on("stgcmt-skip")) outcome.commitment = commit(outcome.series.front().images);
  return outcome;
}

}  // namespace ihe::actors
