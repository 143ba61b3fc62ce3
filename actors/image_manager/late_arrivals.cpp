// Instances stored after a reconciliation get what it decided (Reconciliation::instance_stored).
#include "actors/image_manager/order_attributes.h"
#include "actors/image_manager/patient_attributes.h"
#include "actors/image_manager/reconciliation.h"

namespace ihe::actors::image_manager {

void Reconciliation::remember_update(const Patient& patient) {
  for (auto& known : updated_)
    if (same_patient(known, patient)) {
      known = updated(known, patient);
      return;
    }
  updated_.push_back(patient);
}

// A later merge of the survivor carries the earlier priors along (A into B, then B into C: A goes to C).
void Reconciliation::remember_merge(const PriorIdentity& prior, const Patient& surviving) {
  const Patient merged_away{prior.id, prior.issuer, "", "", ""};
  for (auto& earlier : merged_)
    if (same_patient(earlier.surviving, merged_away)) earlier.surviving = surviving;
  std::erase_if(updated_, [&](const Patient& known) { return same_patient(known, merged_away); });
  merged_.push_back({prior, surviving});
  remember_update(surviving);
}

void Reconciliation::reconcile(dicom::DicomDataset& instance) const {
  for (const auto& merge : merged_)
    if (same_patient(instance, merge.prior.id, merge.prior.issuer)) {
      write_patient(instance, merge.surviving);
      break;
    }
  for (const auto& known : updated_)
    if (same_patient(instance, known.id, known.issuer)) {
      write_patient(instance, known);
      break;
    }
  const auto study = instance.string({0x0020, 0x000D});
  for (const auto& order : orders_)
    if (carries_order(order.last) && study == order.procedure.study_instance_uid) {
      write_order(instance, order.patient, order.procedure);
      break;
    }
}

UpdateResult Reconciliation::instance_stored(const std::string& sop_instance_uid) {
  std::lock_guard lock(mutex_);
  const auto stored = archive_.instance(sop_instance_uid);
  if (!stored) return {Refusal::None, "not in the archive", 0};
  dicom::DicomDataset reconciled = stored->attributes;
  reconcile(reconciled);
  if (reconciled == stored->attributes) return {Refusal::None, "nothing to reconcile", 0};
  const auto rewrite = archive_.rewrite(
      [&](const dicom::DicomDataset& instance) {
        return instance.string({0x0008, 0x0018}) == sop_instance_uid;
      },
      [&](dicom::DicomDataset& instance) { reconcile(instance); });
  if (!rewrite) return refused(rewrite);
  return {Refusal::None, "reconciled with earlier patient updates and orders", rewrite.instances};
}

}  // namespace ihe::actors::image_manager
