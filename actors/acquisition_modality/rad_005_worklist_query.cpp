#include "actors/acquisition_modality/rad_005_worklist_query.h"

#include <fmt/core.h>

#include "actors/acquisition_modality/modality_tags.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;

DicomDataset empty_code_item() {
  DicomDataset code;
  for (const auto tag : {tags::CodeValue, tags::CodingSchemeDesignator, tags::CodeMeaning}) code.set(tag, "");
  return code;
}

// Return keys of PS3.4 Table K.6-1 in MESA's modality query ("M", spec digest 3.1), all zero-length
// (universal matching). Matching keys are set over them by the callers.
DicomDataset return_keys() {
  DicomDataset sps;
  for (const auto tag : {tags::ScheduledStationAeTitle, tags::SpsStartDate, tags::SpsStartTime,
                         tags::Modality, tags::ScheduledPerformingPhysicianName, tags::SpsDescription,
                         tags::SpsId, tags::ScheduledStationName, tags::SpsLocation, tags::SpsStatus})
    sps.set(tag, "");
  sps.set_sequence(tags::ScheduledProtocolCodeSequence, {empty_code_item()});

  DicomDataset keys;
  keys.set_sequence(tags::ScheduledProcedureStepSequence, {sps});
  for (const auto tag :
       {tags::SpecificCharacterSet, tags::RequestedProcedureId, tags::RequestedProcedureDescription,
        tags::StudyInstanceUid, tags::AccessionNumber, tags::RequestingPhysician,
        tags::ReferringPhysicianName, tags::AdmissionId, tags::CurrentPatientLocation, tags::PatientName,
        tags::PatientId, tags::IssuerOfPatientId, tags::PatientBirthDate, tags::PatientSex,
        tags::PatientWeight, tags::PregnancyStatus, tags::RequestedProcedurePriority, tags::MedicalAlerts,
        tags::Allergies})
    keys.set(tag, "");
  keys.set_sequence(tags::RequestedProcedureCodeSequence, {empty_code_item()});
  DicomDataset study_reference;
  study_reference.set(tags::ReferencedSopClassUid, "");
  study_reference.set(tags::ReferencedSopInstanceUid, "");
  keys.set_sequence(tags::ReferencedStudySequence, {study_reference});
  return keys;
}

void set_if_given(DicomDataset& keys, dicom::Tag tag, const std::string& value) {
  if (!value.empty()) keys.set(tag, value);
}

std::string describe(const DicomDataset& identifier) {
  std::string keys;
  const auto add = [&](std::string_view name, const std::optional<std::string>& value) {
    if (value && !value->empty()) keys += fmt::format("{}{}={}", keys.empty() ? "" : " ", name, *value);
  };
  add("PatientID", identifier.string(tags::PatientId));
  add("AccessionNumber", identifier.string(tags::AccessionNumber));
  add("RequestedProcedureID", identifier.string(tags::RequestedProcedureId));
  const auto& sps = identifier.items(tags::ScheduledProcedureStepSequence);
  if (!sps.empty()) {
    add("Date", sps.front().string(tags::SpsStartDate));
    add("Modality", sps.front().string(tags::Modality));
    add("StationAE", sps.front().string(tags::ScheduledStationAeTitle));
  }
  return keys.empty() ? "all items" : keys;
}

}  // namespace

DicomDataset worklist_identifier(const PatientWorklistQuery& query) {
  DicomDataset keys = return_keys();
  keys.set(tags::PatientId, query.patient_id);
  set_if_given(keys, tags::PatientName, query.patient_name);
  set_if_given(keys, tags::AccessionNumber, query.accession_number);
  set_if_given(keys, tags::RequestedProcedureId, query.requested_procedure_id);
  return keys;
}

DicomDataset worklist_identifier(const BroadWorklistQuery& query) {
  DicomDataset keys = return_keys();
  auto& sps = keys.mutable_items(tags::ScheduledProcedureStepSequence)->front();
  set_if_given(sps, tags::SpsStartDate, query.date);
  set_if_given(sps, tags::Modality, query.modality);
  set_if_given(sps, tags::ScheduledStationAeTitle, query.station_ae);
  return keys;
}

net::FindResult rad5_query_worklist(const ScuContext& context, const Endpoint& order_filler,
                                    const DicomDataset& identifier) {
  net::DicomAssociation association(context.params(order_filler, {net::contexts::modality_worklist_find()}));
  net::FindResult result;
  if (const auto opened = association.open(); !opened.ok()) {
    result.error = opened.error;
    result.detail = opened.detail;
  } else {
    result = association.find(net::sop_class::kModalityWorklistFind, identifier);
    association.release();
  }
  context.publish("RAD-5", order_filler, "MWL C-FIND " + describe(identifier),
                  result.ok() ? fmt::format("{}, {} item(s)", result.status_text(), result.matches.size())
                              : outcome_text(result));
  return result;
}

}  // namespace ihe::actors
