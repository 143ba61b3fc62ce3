// The acquisitions an operator starts at the console (MESA modality tests 201-271, spec digest 3.2 cases):
// pick worklist items, then perform a step from them to its final MPPS and storage commitment.
#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/acquisition_modality/rad_005_worklist_query.h"

namespace ihe::actors {

std::vector<dicom::DicomDataset> AcquisitionModality::worklist_for(const std::string& patient_id,
                                                                   const std::string& accession) {
  if (faults_.on("worklist-cached"))
    if (const auto cached = worklist_cache_.find(patient_id); cached != worklist_cache_.end())
      return cached->second;
  auto found = query_worklist(worklist_identifier(PatientWorklistQuery{patient_id, "", accession, ""}));
  if (!found.ok()) return {};
  worklist_cache_.emplace(patient_id, found.matches);
  return found.matches;
}

PerformedProcedureStep AcquisitionModality::begin_append(const PerformedProcedureStep& completed) {
  return numbered(append_step(completed, uids_));
}

PerformedProcedureStep AcquisitionModality::numbered(PerformedProcedureStep step) {
  if (!faults_.on("mpps-reuse-pps-id")) return step;
  if (first_pps_id_.empty()) first_pps_id_ = step.pps_id;
  step.pps_id = first_pps_id_;
  return step;
}

WorkflowOutcome AcquisitionModality::perform(const PerformedProcedureStep& step, PpsFinalStatus status,
                                             const std::optional<Code>& reason, int series_number) {
  WorkflowOutcome outcome;
  outcome.step = step;
  outcome.in_progress = report_in_progress(step);
  std::vector<dicom::DicomDataset> images;
  outcome.series.push_back(acquire(step, series_number, config_.workflow.images_per_series, images));
  outcome.stored = store(images);
  // An N-SET for an instance the PPS Manager never created only earns 0x0112 (PS3.4 F.7.2.2): say so
  // instead of sending it.
  const bool created = outcome.in_progress->ok() && outcome.in_progress->kind() == net::StatusKind::Success;
  if (created)
    outcome.completed = report_final(step, status, outcome.series, reason);
  else
    log_.publish({"RAD-7", require(config_.pps_manager(), "<mpps>").to_string(),
                  "MPPS N-SET final " + step.sop_instance_uid, "not sent: its N-CREATE (RAD-6) failed"});
  if (!faults_.on("stgcmt-skip")) outcome.commitment = commit(outcome.series.front().images);
  return outcome;
}

}  // namespace ihe::actors
