// The attributes a linked order writes into an image of its study (spec digest 3.3, 4.2).
#include "actors/image_manager/order_attributes.h"

#include "actors/image_manager/patient_attributes.h"

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

}  // namespace

void write_order(DicomDataset& image, const Patient& patient, const RequestedProcedure& procedure) {
  write_patient(image, patient);
  image.set(kAccession, Vr::SH, procedure.accession_number);
  image.set_sequence(kRequestAttributes, request_items(procedure, image));
  if (!procedure.codes.empty()) image.set_sequence(kProcedureCodes, code_items(procedure.codes));
  set_if_given(image, kReferring, Vr::PN, procedure.referring_physician);
}

}  // namespace ihe::actors::image_manager
