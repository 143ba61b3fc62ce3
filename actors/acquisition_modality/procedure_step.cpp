#include "actors/acquisition_modality/procedure_step.h"

#include "actors/acquisition_modality/dataset_copy.h"

namespace ihe::actors {
namespace {

std::string text_of(const dicom::DicomDataset& data, dicom::Tag tag) {
  return data.string(tag).value_or("");
}

// The demographics the MWL item carries at its top level and the images and MPPS copy (RAD TF-2 A).
dicom::DicomDataset patient_of(const dicom::DicomDataset& item) {
  dicom::DicomDataset patient;
  for (const auto tag : {tags::PatientName, tags::PatientId, tags::IssuerOfPatientId, tags::PatientBirthDate,
                         tags::PatientSex, tags::SpecificCharacterSet})
    copy_if_present(patient, item, tag);
  return patient;
}

PerformedProcedureStep new_step(const Station& station, IdFactory& uids) {
  PerformedProcedureStep step;
  step.sop_instance_uid = uids.uid();
  step.pps_id = uids.pps_id();
  step.start = DateTime::now();
  step.station = station;
  return step;
}

}  // namespace

PerformedProcedureStep scheduled_step(std::vector<dicom::DicomDataset> mwl_items, const Station& station,
                                      IdFactory& uids) {
  PerformedProcedureStep step = new_step(station, uids);
  if (!mwl_items.empty()) {
    const auto& first = mwl_items.front();
    step.patient = patient_of(first);
    step.description = text_of(first, tags::RequestedProcedureDescription);
    step.study_id = text_of(first, tags::RequestedProcedureId);
    step.study_uid = text_of(first, tags::StudyInstanceUid);
    for (const auto& item : mwl_items)
      if (text_of(item, tags::StudyInstanceUid) != step.study_uid) step.study_uid.clear();
  }
  if (step.study_uid.empty()) step.study_uid = uids.uid();
  step.scheduled = std::move(mwl_items);
  return step;
}

PerformedProcedureStep unscheduled_step(dicom::DicomDataset patient, const Station& station,
                                        IdFactory& uids) {
  PerformedProcedureStep step = new_step(station, uids);
  step.patient = std::move(patient);
  step.study_uid = uids.uid();
  step.study_id = uids.short_id('S');  // no RP ID to borrow; type 2, but DICOMDIRs need one
  return step;
}

PerformedProcedureStep append_step(const PerformedProcedureStep& completed, IdFactory& uids) {
  PerformedProcedureStep step = completed;
  const PerformedProcedureStep fresh = new_step(completed.station, uids);
  step.sop_instance_uid = fresh.sop_instance_uid;
  step.pps_id = fresh.pps_id;
  step.start = fresh.start;
  return step;
}

dicom::DicomDataset Code::item() const {
  dicom::DicomDataset code;
  code.set(tags::CodeValue, value);
  code.set(tags::CodingSchemeDesignator, scheme);
  code.set(tags::CodeMeaning, meaning);
  return code;
}

Code incorrect_worklist_entry() {
  return {"110514", "DCM", "Incorrect worklist entry selected"};
}

std::optional<Code> discontinuation_reason(std::string_view value) {
  static constexpr std::pair<std::string_view, std::string_view> kCid9300[]{
      {"110500", "Doctor canceled procedure"},
      {"110501", "Equipment failure"},
      {"110502", "Incorrect procedure ordered"},
      {"110503", "Patient allergic to media/contrast"},
      {"110504", "Patient died"},
      {"110505", "Patient refused to continue procedure"},
      {"110506", "Patient taken for treatment or surgery"},
      {"110507", "Patient did not arrive"},
      {"110508", "Patient pregnant"},
      {"110509", "Change of procedure for correct charging"},
      {"110510", "Duplicate order"},
      {"110511", "Nursing unit cancel"},
      {"110512", "Incorrect side ordered"},
      {"110513", "Discontinued for unspecified reason"},
      {"110514", "Incorrect worklist entry selected"},
  };
  for (const auto& [code, meaning] : kCid9300)
    if (code == value) return Code{std::string(code), "DCM", std::string(meaning)};
  return std::nullopt;
}

}  // namespace ihe::actors
