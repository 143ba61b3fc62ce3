#include "actors/order_filler/procedure_store.h"

#include <algorithm>
#include <set>

#include "base/harness_error.h"

namespace ihe::actors {
namespace {

bool same_procedure(const RequestedProcedure& a, const RequestedProcedure& b) {
  return a.accession_number == b.accession_number && a.requested_procedure_id == b.requested_procedure_id;
}

}  // namespace

std::optional<std::pair<std::size_t, std::size_t>> locate_step(
    const std::vector<RequestedProcedure>& procedures, const StepReference& reference) {
  if (reference.unscheduled() || (reference.accession_number.empty() && reference.study_instance_uid.empty()))
    return std::nullopt;
  for (std::size_t p = 0; p < procedures.size(); ++p) {
    const auto& procedure = procedures[p];
    if (!reference.accession_number.empty() && procedure.accession_number != reference.accession_number)
      continue;
    if (!reference.study_instance_uid.empty() && procedure.study_instance_uid != reference.study_instance_uid)
      continue;
    for (std::size_t s = 0; s < procedure.steps.size(); ++s)
      if (procedure.steps[s].sps_id == reference.sps_id) return std::pair{p, s};
  }
  return std::nullopt;
}

void ProcedureStore::put_patient(const Patient& patient) {
  if (patient.id.empty()) throw HarnessError("order filler: a patient needs a Patient ID");
  const std::lock_guard lock(mutex_);
  contents_.patients[patient.id] = patient;
}

void ProcedureStore::put_requested_procedure(const RequestedProcedure& procedure) {
  const std::string name = "requested procedure '" + procedure.requested_procedure_id + "' (accession '" +
                           procedure.accession_number + "')";
  std::set<std::string> sps_ids;
  for (const auto& step : procedure.steps)
    if (!sps_ids.insert(step.sps_id).second)
      throw HarnessError("order filler: " + name + " has SPS ID '" + step.sps_id + "' twice");
  const std::lock_guard lock(mutex_);
  if (!contents_.patients.contains(procedure.patient_id))
    throw HarnessError("order filler: " + name + " is for unknown patient '" + procedure.patient_id + "'");
  const auto existing =
      std::find_if(contents_.procedures.begin(), contents_.procedures.end(),
                   [&](const RequestedProcedure& p) { return same_procedure(p, procedure); });
  if (existing != contents_.procedures.end())
    *existing = procedure;
  else
    contents_.procedures.push_back(procedure);
}

std::vector<Patient> ProcedureStore::patients() const {
  const std::lock_guard lock(mutex_);
  std::vector<Patient> result;
  for (const auto& [id, patient] : contents_.patients) result.push_back(patient);
  return result;
}

std::vector<RequestedProcedure> ProcedureStore::requested_procedures() const {
  const std::lock_guard lock(mutex_);
  return contents_.procedures;
}

std::vector<WorklistEntry> ProcedureStore::worklist() const {
  const std::lock_guard lock(mutex_);
  std::vector<WorklistEntry> entries;
  for (const auto& procedure : contents_.procedures) {
    RequestedProcedure without_steps = procedure;
    without_steps.steps.clear();
    for (const auto& step : procedure.steps)
      entries.push_back(WorklistEntry{contents_.patients.at(procedure.patient_id), without_steps, step});
  }
  return entries;
}

std::optional<WorklistEntry> ProcedureStore::find_step(const StepReference& reference) const {
  const std::lock_guard lock(mutex_);
  const auto at = locate_step(contents_.procedures, reference);
  if (!at) return std::nullopt;
  RequestedProcedure without_steps = contents_.procedures[at->first];
  without_steps.steps.clear();
  return WorklistEntry{contents_.patients.at(without_steps.patient_id), without_steps,
                       contents_.procedures[at->first].steps[at->second]};
}

bool ProcedureStore::set_step_status(const StepReference& reference, SpsStatus status) {
  const std::lock_guard lock(mutex_);
  const auto at = locate_step(contents_.procedures, reference);
  if (!at) return false;
  contents_.procedures[at->first].steps[at->second].status = status;
  return true;
}

void ProcedureStore::record_performed_step(const PerformedStepRecord& record) {
  const std::lock_guard lock(mutex_);
  performed_[record.mpps_uid] = record;
}

std::optional<PerformedStepRecord> ProcedureStore::performed_step(const std::string& mpps_uid) const {
  const std::lock_guard lock(mutex_);
  const auto found = performed_.find(mpps_uid);
  if (found == performed_.end()) return std::nullopt;
  return found->second;
}

std::vector<PerformedStepRecord> ProcedureStore::performed_steps() const {
  const std::lock_guard lock(mutex_);
  std::vector<PerformedStepRecord> result;
  for (const auto& [uid, record] : performed_) result.push_back(record);
  return result;
}

}  // namespace ihe::actors
