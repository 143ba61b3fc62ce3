// RAD-4 Procedure Scheduled and RAD-13 Procedure Updated on the Image Manager: its scheduled-procedure list,
// and the linking of images acquired before their order (PIR, spec digest 4.1 case 3 and 4.2).
#include <algorithm>

#include "actors/image_manager/patient_attributes.h"
#include "actors/image_manager/reconciliation.h"

namespace ihe::actors::image_manager {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kAccession{0x0008, 0x0050};
constexpr Tag kReferring{0x0008, 0x0090};
constexpr Tag kProcedureCodes{0x0008, 0x1032};
constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kRpDescription{0x0032, 0x1060};
constexpr Tag kRpCodes{0x0032, 0x1064};
constexpr Tag kSpsDescription{0x0040, 0x0007};
constexpr Tag kProtocolCodes{0x0040, 0x0008};
constexpr Tag kSpsId{0x0040, 0x0009};
constexpr Tag kRequestAttributes{0x0040, 0x0275};
constexpr Tag kRpId{0x0040, 0x1001};

std::vector<DicomDataset> code_items(const std::vector<CodedEntry>& codes) {
  std::vector<DicomDataset> items;
  for (const auto& code : codes) {
    DicomDataset item;
    item.set({0x0008, 0x0100}, Vr::SH, code.value)
        .set({0x0008, 0x0102}, Vr::SH, code.scheme)
        .set({0x0008, 0x0104}, Vr::LO, code.meaning);
    items.push_back(std::move(item));
  }
  return items;
}

void set_if_given(DicomDataset& item, Tag tag, Vr vr, const std::string& value) {
  if (!value.empty()) item.set(tag, vr, value);
}

// Request Attributes Sequence (PS3.3 Table 10-9), one item per SPS the image was acquired for (spec digest
// 3.3): the steps its present items name, else every step of the order (an unscheduled image names none).
std::vector<DicomDataset> request_items(const RequestedProcedure& procedure, const DicomDataset& image) {
  std::vector<ScheduledProcedureStep> steps;
  for (const auto& step : procedure.steps)
    for (const auto& item : image.items(kRequestAttributes))
      if (item.string(kSpsId) == step.sps_id) steps.push_back(step);
  if (steps.empty()) steps = procedure.steps;
  if (steps.empty()) steps.emplace_back();
  std::vector<DicomDataset> items;
  for (const auto& step : steps) {
    DicomDataset item;
    item.set(kRpId, Vr::SH, procedure.requested_procedure_id)
        .set(kAccession, Vr::SH, procedure.accession_number)
        .set(kStudyUid, Vr::UI, procedure.study_instance_uid);
    set_if_given(item, kRpDescription, Vr::LO, procedure.description);
    if (!procedure.codes.empty()) item.set_sequence(kRpCodes, code_items(procedure.codes));
    set_if_given(item, kSpsId, Vr::SH, step.sps_id);
    set_if_given(item, kSpsDescription, Vr::LO, step.description);
    if (!step.protocol_codes.empty()) item.set_sequence(kProtocolCodes, code_items(step.protocol_codes));
    items.push_back(std::move(item));
  }
  return items;
}

// What the order tells about an image of its study: patient, Accession Number, request attributes, and
// the procedure code and referring physician (the MWL -> image copy rules of spec digest 3.3).
void write_order(DicomDataset& image, const Patient& patient, const RequestedProcedure& procedure) {
  write_patient(image, patient);
  image.set(kAccession, Vr::SH, procedure.accession_number);
  image.set_sequence(kRequestAttributes, request_items(procedure, image));
  if (!procedure.codes.empty()) image.set_sequence(kProcedureCodes, code_items(procedure.codes));
  set_if_given(image, kReferring, Vr::PN, procedure.referring_physician);
}

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
  const bool current = action == ProcedureAction::Scheduled || action == ProcedureAction::Changed ||
                       action == ProcedureAction::Completed;
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

std::vector<OrderEntry> Reconciliation::orders() const {
  std::lock_guard lock(mutex_);
  return orders_;
}

}  // namespace ihe::actors::image_manager
