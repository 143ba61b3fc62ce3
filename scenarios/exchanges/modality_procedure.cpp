#include "scenarios/exchanges/modality_procedure.h"

#include <algorithm>

#include "actors/order_filler/worklist_item.h"

namespace ihe::scenarios {
namespace {

constexpr dicom::Tag kPatientId{0x0010, 0x0020};
constexpr dicom::Tag kPpsId{0x0040, 0x0253};

}  // namespace

std::vector<dicom::DicomDataset> mpps_of_patient(HarnessSide& side, const std::string& patient_id) {
  std::vector<dicom::DicomDataset> found;
  for (const auto& pps : side.actors().servers().order_filler().store().performed_steps())
    if (pps.attributes.text(kPatientId) == patient_id) found.push_back(pps.attributes);
  return found;
}

std::vector<actors::image_manager::StoredInstance> archived_instances_of_patient(
    HarnessSide& side, const std::string& patient_id) {
  std::vector<actors::image_manager::StoredInstance> found;
  for (auto& instance : side.actors().servers().image_manager().archive().instances())
    if (instance.attributes.text(kPatientId) == patient_id) found.push_back(std::move(instance));
  return found;
}

std::vector<dicom::DicomDataset> archived_of_patient(HarnessSide& side, const std::string& patient_id) {
  std::vector<dicom::DicomDataset> found;
  for (auto& instance : archived_instances_of_patient(side, patient_id))
    found.push_back(std::move(instance.attributes));
  return found;
}

std::vector<dicom::DicomDataset> worklist_of_patient(HarnessSide& side, const std::string& patient_id) {
  std::vector<dicom::DicomDataset> found;
  for (const auto& entry : side.actors().servers().order_filler().store().worklist())
    if (entry.patient.id == patient_id) found.push_back(actors::worklist_item(entry));
  return found;
}

void add_procedure_views(StepOutcome& outcome, HarnessSide& side, const std::string& patient_id) {
  auto mpps = mpps_of_patient(side, patient_id);
  std::vector<std::string> ids;
  for (const auto& one : mpps) ids.push_back(one.text(kPpsId));
  std::sort(ids.begin(), ids.end());
  std::string joined;
  for (const auto& id : ids) joined += (joined.empty() ? "" : " ") + id;
  outcome.values["mpps-count"] = std::to_string(mpps.size());
  outcome.values["pps-ids"] = joined;
  outcome.datasets["mpps"] = std::move(mpps);
  outcome.datasets["archived"] = archived_of_patient(side, patient_id);
  outcome.datasets["worklist"] = worklist_of_patient(side, patient_id);
}

}  // namespace ihe::scenarios
