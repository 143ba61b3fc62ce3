// RAD-12 Patient Update on the archive: A08 demographics and A40 merge (spec digest 2.3, 4.2).
#include "actors/image_manager/patient_attributes.h"
#include "actors/image_manager/reconciliation.h"

namespace ihe::actors::image_manager {

UpdateResult Reconciliation::refused(const ArchiveIndex::Rewrite& rewrite) {
  return {Refusal::ArchiveFailure, "cannot rewrite " + rewrite.failed_file + ": " + rewrite.error.message(),
          0};
}

UpdateResult Reconciliation::update_patient(const Patient& patient) {
  if (patient.id.empty()) return {Refusal::MissingKey, "no Patient ID (PID-3.1)", 0};
  std::lock_guard lock(mutex_);
  const auto rewrite = archive_.rewrite(
      [&](const dicom::DicomDataset& stored) { return same_patient(stored, patient.id, patient.issuer); },
      [&](dicom::DicomDataset& stored) { write_patient(stored, patient); });
  if (!rewrite) return refused(rewrite);
  for (auto& order : orders_)
    if (same_patient(order.patient, patient)) order.patient = updated(order.patient, patient);
  remember_update(patient);
  return {Refusal::None,
          "patient " + patient.id + " updated in " + std::to_string(rewrite.instances) + " instance(s)",
          rewrite.instances};
}

UpdateResult Reconciliation::merge_patients(const Patient& surviving, const PriorIdentity& prior) {
  if (surviving.id.empty()) return {Refusal::MissingKey, "no surviving Patient ID (PID-3.1)", 0};
  if (prior.id.empty()) return {Refusal::MissingKey, "no prior Patient ID (MRG-1.1)", 0};
  if (same_patient(surviving, Patient{prior.id, prior.issuer, "", "", ""}))
    return {Refusal::SamePatient, "prior patient " + prior.id + " (MRG-1) is the surviving patient (PID-3)",
            0};
  std::lock_guard lock(mutex_);
  // The surviving patient's demographics as the archive knows them fill what the A40 leaves empty: A40
  // changes identifiers only, demographics travel as A08 (spec digest 2.3).
  Patient target = surviving;
  for (const auto& stored : archive_.instances())
    if (same_patient(stored.attributes, surviving.id, surviving.issuer)) {
      target = updated(patient_of(stored.attributes), surviving);
      break;
    }
  const auto rewrite = archive_.rewrite(
      [&](const dicom::DicomDataset& stored) { return same_patient(stored, prior.id, prior.issuer); },
      [&](dicom::DicomDataset& stored) { write_patient(stored, target); });
  if (!rewrite) return refused(rewrite);
  for (auto& order : orders_)
    if (same_patient(order.patient, Patient{prior.id, prior.issuer, "", "", ""}))
      order.patient = updated(order.patient, target);
  remember_merge(prior, target);
  return {Refusal::None,
          "patient " + prior.id + " merged into " + surviving.id + " in " +
              std::to_string(rewrite.instances) + " instance(s)",
          rewrite.instances};
}

}  // namespace ihe::actors::image_manager
