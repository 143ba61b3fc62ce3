#pragma once

#include <cstddef>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/procedure_messages.h"
#include "actors/common/procedure_records.h"
#include "actors/image_manager/archive_index.h"

// Patient Information Reconciliation on the Image Manager/Image Archive (spec digest 4.2): patient updates
// (A08) and merges (A40) of RAD-12, and the scheduled-procedure list of RAD-4/RAD-13 with which images
// acquired before their order are linked to it. Each operation is all or nothing: on a refusal neither the
// archive (files and index) nor the procedure list has changed.
namespace ihe::actors::image_manager {

// Why an operation was refused; the HL7 listener turns each into an ERR-3 code of HL7 table 0357.
enum class Refusal {
  None,
  MissingKey,        // no Patient ID / no Study Instance UID or Accession Number to work on (101)
  SamePatient,       // A40 whose prior (MRG-1) and surviving (PID-3) patient are one (205, digest 4.2)
  UnknownProcedure,  // RAD-13 for an order this Image Manager never scheduled (204)
  ArchiveFailure,    // a stored file could not be rewritten (207)
};

struct UpdateResult {
  Refusal refusal = Refusal::None;
  std::string reason;         // why, when refused; what was done, when applied
  std::size_t instances = 0;  // stored instances rewritten
  explicit operator bool() const { return refusal == Refusal::None; }
};

// One requested procedure as the Image Manager last heard of it.
struct OrderEntry {
  Patient patient;
  RequestedProcedure procedure;
  ProcedureAction last = ProcedureAction::Scheduled;
};

// Thread-safe; operations are serialised, stores may run meanwhile (ArchiveIndex::rewrite orders them).
class Reconciliation {
 public:
  explicit Reconciliation(ArchiveIndex& archive) : archive_(archive) {}

  // A08: every instance of the patient's ID (and issuer, see same_patient) gets the new demographics, as do
  // the orders of that patient. An ID the archive never saw is no error: nothing to do.
  UpdateResult update_patient(const Patient& patient);
  // A40: the instances and orders of `prior` (MRG-1) move to `surviving` (PID-3), with the surviving
  // patient's demographics: those the message gives, else those the archive holds for that ID. A prior ID
  // the archive never saw is no error; prior == surviving is refused.
  UpdateResult merge_patients(const Patient& surviving, const PriorIdentity& prior);
  // RAD-4 / RAD-13: updates the procedure list; for Scheduled, Changed and Completed also (re)links the
  // stored instances of the order's study to it (link rule in order_updates.cpp).
  UpdateResult apply_order(ProcedureAction action, const Patient& patient,
                           const RequestedProcedure& procedure);

  // An instance stored after reconciliation gets what was reconciled before, so that a merged ID stays
  // unfindable and a linked study stays whole (dcm4chee "re-homes DICOM objects" that use a subsumed ID,
  // spec digest 4.2): the surviving patient of a merged ID, the demographics of the last A08 of its patient,
  // the order naming its study. The file is rewritten only when that changes the instance.
  UpdateResult instance_stored(const std::string& sop_instance_uid);

  std::vector<OrderEntry> orders() const;

 private:
  struct Merged {
    PriorIdentity prior;
    Patient surviving;
  };

  // Scheduled, Changed and Completed carry the order as it stands; Cancelled and Discontinued only name it.
  static bool carries_order(ProcedureAction action);
  void reconcile(dicom::DicomDataset& instance) const;
  void remember_update(const Patient& patient);
  void remember_merge(const PriorIdentity& prior, const Patient& surviving);
  static UpdateResult refused(const ArchiveIndex::Rewrite& rewrite);
  std::optional<std::size_t> find_order(const RequestedProcedure& procedure) const;
  UpdateResult link_instances(const Patient& patient, const RequestedProcedure& procedure);

  ArchiveIndex& archive_;
  mutable std::mutex mutex_;
  std::vector<OrderEntry> orders_;
  std::vector<Merged> merged_;
  std::vector<Patient> updated_;  // per patient, what its A08s said
};

}  // namespace ihe::actors::image_manager
