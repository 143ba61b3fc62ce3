#include "actors/order_filler/worklist_item.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

std::vector<DicomDataset> code_items(const std::vector<CodedEntry>& codes) {
  std::vector<DicomDataset> items;
  for (const auto& code : codes) {
    DicomDataset item;
    item.set(Tag{0x0008, 0x0100}, Vr::SH, code.value)
        .set(Tag{0x0008, 0x0102}, Vr::SH, code.scheme)
        .set(Tag{0x0008, 0x0104}, Vr::LO, code.meaning);
    items.push_back(std::move(item));
  }
  return items;
}

DicomDataset step_item(const ScheduledProcedureStep& step) {
  DicomDataset item;
  item.set(Tag{0x0008, 0x0060}, Vr::CS, step.modality)
      .set(Tag{0x0040, 0x0001}, Vr::AE, step.station_ae)
      .set(Tag{0x0040, 0x0002}, Vr::DA, step.start_date)
      .set(Tag{0x0040, 0x0003}, Vr::TM, step.start_time)
      .set(Tag{0x0040, 0x0006}, Vr::PN, step.performing_physician)
      .set(Tag{0x0040, 0x0007}, Vr::LO, step.description)
      .set_sequence(Tag{0x0040, 0x0008}, code_items(step.protocol_codes))
      .set(Tag{0x0040, 0x0009}, Vr::SH, step.sps_id)
      .set(Tag{0x0040, 0x0010}, Vr::SH, step.station_name)
      .set(Tag{0x0040, 0x0011}, Vr::SH, step.location)
      .set(Tag{0x0040, 0x0020}, Vr::CS, to_string(step.status));
  return item;
}

// The number of an EI "NUMBER^NAMESPACE": ORC-2.1 / ORC-3.1 go to (0040,2016) / (0040,2017) (spec digest
// 2.5, HL7 -> MWL mapping).
std::string entity_number(const std::string& entity) {
  return entity.substr(0, entity.find('^'));
}

}  // namespace

DicomDataset worklist_item(const WorklistEntry& entry) {
  const auto& patient = entry.patient;
  const auto& procedure = entry.procedure;
  DicomDataset item;
  item.set(Tag{0x0008, 0x0050}, Vr::SH, procedure.accession_number)
      .set(Tag{0x0008, 0x0090}, Vr::PN, procedure.referring_physician)
      .set_sequence(Tag{0x0008, 0x1110}, {})
      .set(Tag{0x0010, 0x0010}, Vr::PN, patient.name)
      .set(Tag{0x0010, 0x0020}, Vr::LO, patient.id)
      .set(Tag{0x0010, 0x0021}, Vr::LO, patient.issuer)
      .set(Tag{0x0010, 0x0030}, Vr::DA, patient.birth_date)
      .set(Tag{0x0010, 0x0040}, Vr::CS, patient.sex)
      .set(Tag{0x0020, 0x000D}, Vr::UI, procedure.study_instance_uid)
      .set(Tag{0x0032, 0x1032}, Vr::PN, procedure.requesting_physician)
      .set(Tag{0x0032, 0x1060}, Vr::LO, procedure.description)
      .set_sequence(Tag{0x0032, 0x1064}, code_items(procedure.codes))
      .set_sequence(Tag{0x0040, 0x0100}, {step_item(entry.step)})
      .set(Tag{0x0040, 0x1001}, Vr::SH, procedure.requested_procedure_id)
      .set(Tag{0x0040, 0x2016}, Vr::LO, entity_number(procedure.placer_order_number))
      .set(Tag{0x0040, 0x2017}, Vr::LO, entity_number(procedure.filler_order_number));
  return item;
}

}  // namespace ihe::actors
