// RAD-4 Procedure Scheduled and RAD-13 Procedure Updated on the Image Manager: its scheduled-procedure list,
// and the linking of images acquired before their order (PIR, spec digest 4.1 case 3 and 4.2).
#include <algorithm>

#include "actors/image_manager/order_attributes.h"
#include "actors/image_manager/reconciliation.h"

namespace ihe::actors::image_manager {
namespace {

using dicom::DicomDataset;

constexpr dicom::Tag kAccession{0x0008, 0x0050};
constexpr dicom::Tag kStudyUid{0x0020, 0x000D};

}  // namespace

// One Requested Procedure is one study (IPC-3 / ZDS-1, spec digest 2.5), so the Study Instance UID finds
// it first; Accession Number with Requested Procedure ID (IPC-1/IPC-2, OBR-18/OBR-19) second.
std::optional<std::size_t> Reconciliation::find_order(const RequestedProcedure& procedure) const {
  for (std::size_t i = 0; i < orders_.size(); ++i)
    if (!procedure.study_instance_uid.empty() &&
        orders_[i].procedure.study_instance_uid == procedure.study_instance_uid)
      return i;
  for (std::size_t i = 0; i < orders_.size(); ++i)
    if (!procedure.accession_number.empty() &&
        orders_[i].procedure.accession_number == procedure.accession_number &&
        orders_[i].procedure.requested_procedure_id == procedure.requested_procedure_id)
      return i;
  return std::nullopt;
}

// Link rule: the Order Filler names the acquired study by its Study Instance UID, taken from the
// unscheduled MPPS (spec digest 4.1 case 3: "RAD-4 whose Study UID is taken from the unscheduled MPPS
// SSAS ... so IM links the images"; 4.2: "link the order to the acquired Study UID via RAD-4 (or
// RAD-13)"), so the instances of that study are linked. Only when the archive holds no instance of that
// study are instances carrying the order's Accession Number linked (a modality that took the accession from
// the worklist but generated its own Study UID). Never by Patient ID or name: a temporary identity such as
// DOE^J1 (MESA 103/105) is shared by unrelated studies.
UpdateResult Reconciliation::link_instances(const Patient& patient, const RequestedProcedure& procedure) {
  const auto stored = archive_.instances();
  const bool by_study = !procedure.study_instance_uid.empty() &&
                        std::any_of(stored.begin(), stored.end(), [&](const StoredInstance& instance) {
                          return instance.attributes.string(kStudyUid) == procedure.study_instance_uid;
                        });
  const auto rewrite = archive_.rewrite(
      [&](const DicomDataset& image) {
        if (by_study) return image.string(kStudyUid) == procedure.study_instance_uid;
        return !procedure.accession_number.empty() && image.string(kAccession) == procedure.accession_number;
      },
      [&](DicomDataset& image) { write_order(image, patient, procedure); });
  if (!rewrite) return refused(rewrite);
  return {Refusal::None, std::to_string(rewrite.instances) + " instance(s) linked", rewrite.instances};
}

UpdateResult Reconciliation::apply_order(ProcedureAction action, const Patient& patient,
                                         const RequestedProcedure& procedure) {
  if (procedure.study_instance_uid.empty() && procedure.accession_number.empty())
    return {Refusal::MissingKey,
            "neither Study Instance UID (IPC-3/ZDS-1) nor Accession Number (IPC-1/OBR-18)", 0};
  std::lock_guard lock(mutex_);
  const auto at = find_order(procedure);
  const std::string what = "procedure " + procedure.accession_number + " (study " +
                           procedure.study_instance_uid + ") " + std::string(to_string(action));
  if (!at && action != ProcedureAction::Scheduled)
    return {Refusal::UnknownProcedure, what + ": never scheduled here", 0};
  const bool current = carries_order(action);
  UpdateResult result{Refusal::None, "", 0};
  if (current && !(result = link_instances(patient, procedure))) return result;
  // A cancel or discontinue names the order; its values stay those last scheduled.
  OrderEntry entry = current ? OrderEntry{patient, procedure, action} : orders_[*at];
  entry.last = action;
  for (auto& step : entry.procedure.steps) step.status = sps_status(action);
  if (at)
    orders_[*at] = std::move(entry);
  else
    orders_.push_back(std::move(entry));
  result.reason = what + (current ? ", " + result.reason : "");
  return result;
}

bool Reconciliation::carries_order(ProcedureAction action) {
  return action == ProcedureAction::Scheduled || action == ProcedureAction::Changed ||
         action == ProcedureAction::Completed;
}

std::vector<OrderEntry> Reconciliation::orders() const {
  std::lock_guard lock(mutex_);
  return orders_;
}

}  // namespace ihe::actors::image_manager
