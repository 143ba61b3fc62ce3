#pragma once

#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "actors/common/procedure_records.h"
#include "actors/dicom/dicom_dataset.h"

// The Order Filler's state: patients, the requested procedures ordered for them and the scheduled
// procedure steps (SPS) that make up its Modality Worklist (RAD-5), plus the performed procedure steps
// (MPPS, RAD-6/7) that modalities reported against them. Filled from a seed file today; the HL7 side
// (RAD-2/3/4/13, ADT) will write the same store. Thread-safe: DICOM associations run on their own threads.
namespace ihe::actors {

// One worklist item: an SPS with its requested procedure and patient (PS3.4 K.6: one per SPS).
struct WorklistEntry {
  Patient patient;
  RequestedProcedure procedure;  // with `steps` left empty: `step` is the one this item is about
  ScheduledProcedureStep step;
};

// How an MPPS names the SPS it performs: its Scheduled Step Attributes Sequence item (PS3.4 F.7.2-1).
struct StepReference {
  std::string sps_id;              // (0040,0009)
  std::string accession_number;    // (0008,0050)
  std::string study_instance_uid;  // (0020,000D)
  // Unscheduled (spec digest 3.2): SPS ID and Accession Number zero-length.
  bool unscheduled() const { return sps_id.empty() && accession_number.empty(); }
};

// What the store holds, for OrderWorkflow's all-or-nothing changes (ProcedureStore::edit).
struct ProcedureStoreContents {
  std::map<std::string, Patient> patients;  // by Patient ID
  std::vector<RequestedProcedure> procedures;
};

// An MPPS the Order Filler received and which SPS it was linked to (none: unscheduled or unknown).
struct PerformedStepRecord {
  std::string mpps_uid;
  std::string pps_status;  // "IN PROGRESS", "COMPLETED", "DISCONTINUED"
  std::vector<StepReference> linked;
  dicom::DicomDataset attributes;  // as created, with every accepted N-SET applied (what a test inspects)
};

// (procedure index, step index) of the SPS a reference names; an unscheduled reference names none.
std::optional<std::pair<std::size_t, std::size_t>> locate_step(
    const std::vector<RequestedProcedure>& procedures, const StepReference& reference);

class ProcedureStore {
 public:
  // Adds or replaces a patient (keyed by Patient ID).
  void put_patient(const Patient& patient);
  // Adds or replaces a requested procedure (keyed by Accession Number + Requested Procedure ID). Its patient
  // must be known, SPS IDs unique within it: a violation is a HarnessError naming the identifiers.
  void put_requested_procedure(const RequestedProcedure& procedure);

  std::vector<Patient> patients() const;
  std::vector<RequestedProcedure> requested_procedures() const;
  // Every SPS as a worklist item, in the order they were added.
  std::vector<WorklistEntry> worklist() const;

  // The SPS an SSAS item names: the one with that SPS ID in a requested procedure whose Accession Number
  // and Study Instance UID equal the reference's (each checked when the reference carries it; one of them
  // must be there). nullopt when there is none.
  std::optional<WorklistEntry> find_step(const StepReference& reference) const;
  // Sets the status of the SPS the reference names; false when there is none.
  bool set_step_status(const StepReference& reference, SpsStatus status);

  // MPPS bookkeeping: replaces the record of that MPPS UID.
  void record_performed_step(const PerformedStepRecord& record);
  std::optional<PerformedStepRecord> performed_step(const std::string& mpps_uid) const;
  std::vector<PerformedStepRecord> performed_steps() const;

  // Runs `change` on the contents under the store's lock, so that a check and the update it allows are
  // one step for every other thread (DICOM associations, the HL7 receiver). `change` must not call back
  // into the store.
  template <typename Change>
  decltype(auto) edit(Change&& change) {
    const std::lock_guard lock(mutex_);
    return change(contents_);
  }

 private:
  mutable std::mutex mutex_;
  ProcedureStoreContents contents_;
  std::map<std::string, PerformedStepRecord> performed_;
};

}  // namespace ihe::actors
