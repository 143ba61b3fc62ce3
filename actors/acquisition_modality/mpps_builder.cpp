#include "actors/acquisition_modality/mpps_builder.h"

#include <algorithm>

#include "actors/acquisition_modality/dataset_copy.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;

// One SSAS item per scheduled step (PS3.4 F.7.2-1; spec digest 3.2 "scheduled" and "group" cases).
DicomDataset ssas_item(const DicomDataset& mwl_item, const FaultSwitches& faults) {
  DicomDataset item;
  for (const auto tag : {tags::StudyInstanceUid, tags::ReferencedStudySequence, tags::AccessionNumber,
                         tags::RequestedProcedureId, tags::RequestedProcedureDescription})
    copy_or_empty(item, mwl_item, tag);
  for (const auto tag :
       {tags::IssuerOfAccessionNumberSequence, tags::PlacerOrderNumber, tags::FillerOrderNumber})
    if (const auto* element = mwl_item.find(tag)) item.insert(*element);
  const auto& sps = scheduled_procedure_step(mwl_item);
  for (const auto tag : {tags::SpsId, tags::SpsDescription, tags::ScheduledProtocolCodeSequence})
    copy_or_empty(item, sps, tag);
  if (auto* codes = item.mutable_items(tags::ScheduledProtocolCodeSequence);
      codes && codes->size() > 1 && faults.on("mpps-drops-protocol-items"))
    codes->resize(1);
  return item;
}

// Unscheduled case: the modality's Study UID, every other SSAS attribute present with zero length.
DicomDataset unscheduled_ssas_item(const std::string& study_uid, const FaultSwitches& faults) {
  DicomDataset item;
  item.set(tags::StudyInstanceUid, study_uid);
  for (const auto tag : {tags::ReferencedStudySequence, tags::AccessionNumber, tags::RequestedProcedureId,
                         tags::RequestedProcedureDescription, tags::SpsId, tags::SpsDescription,
                         tags::ScheduledProtocolCodeSequence})
    item.set(tag, "");
  if (faults.on("mpps-unscheduled-bogus-ssas")) {
    item.set(tags::AccessionNumber, "UNSCHEDULED");
    item.set(tags::SpsId, "UNSCHEDULED");
  }
  return item;
}

std::vector<DicomDataset> scheduled_protocol_codes(const PerformedProcedureStep& step) {
  std::vector<DicomDataset> codes;
  for (const auto& mwl_item : step.scheduled)
    for (const auto& code : scheduled_procedure_step(mwl_item).items(tags::ScheduledProtocolCodeSequence))
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  return codes;
}

DicomDataset series_item(const PerformedSeries& series) {
  DicomDataset item;
  item.set(tags::ProtocolName, series.protocol_name);
  item.set(tags::SeriesInstanceUid, series.series_uid);
  item.set(tags::SeriesDescription, series.description);
  for (const auto tag : {tags::PerformingPhysicianName, tags::OperatorsName, tags::RetrieveAeTitle,
                         tags::ReferencedNonImageCompositeSopInstanceSequence})
    item.set(tag, "");
  std::vector<DicomDataset> images;
  for (const auto& image : series.images) {
    DicomDataset reference;
    reference.set(tags::ReferencedSopClassUid, image.sop_class_uid);
    reference.set(tags::ReferencedSopInstanceUid, image.sop_instance_uid);
    images.push_back(std::move(reference));
  }
  item.set_sequence(tags::ReferencedImageSequence, std::move(images));
  return item;
}

}  // namespace

std::vector<DicomDataset> procedure_codes(const PerformedProcedureStep& step) {
  std::vector<DicomDataset> codes;
  for (const auto& mwl_item : step.scheduled)
    for (const auto& code : mwl_item.items(tags::RequestedProcedureCodeSequence))
      if (std::find(codes.begin(), codes.end(), code) == codes.end()) codes.push_back(code);
  return codes;
}

DicomDataset mpps_in_progress(const PerformedProcedureStep& step, const FaultSwitches& faults) {
  DicomDataset mpps;
  copy_if_present(mpps, step.patient, tags::SpecificCharacterSet);
  if (!faults.on("mpps-missing-ssas")) {
    std::vector<DicomDataset> ssas;
    for (const auto& mwl_item : step.scheduled) ssas.push_back(ssas_item(mwl_item, faults));
    if (ssas.size() > 1 && faults.on("mpps-group-one-ssas-item")) ssas.resize(1);
    if (ssas.empty()) ssas.push_back(unscheduled_ssas_item(step.study_uid, faults));
    mpps.set_sequence(tags::ScheduledStepAttributesSequence, std::move(ssas));
  }
  for (const auto tag : {tags::PatientName, tags::PatientId, tags::PatientBirthDate, tags::PatientSex})
    copy_or_empty(mpps, step.patient, tag);
  copy_if_present(mpps, step.patient, tags::IssuerOfPatientId);
  mpps.set(tags::ReferencedPatientSequence, "");
  mpps.set(tags::PpsId, step.pps_id);
  mpps.set(tags::PerformedStationAeTitle, step.station.ae_title);
  mpps.set(tags::PerformedStationName, step.station.name);
  mpps.set(tags::PerformedLocation, step.station.location);
  mpps.set(tags::PpsStartDate, step.start.date);
  mpps.set(tags::PpsStartTime, step.start.time);
  mpps.set(tags::PpsStatus, "IN PROGRESS");
  mpps.set(tags::PpsDescription, step.description);
  mpps.set(tags::PerformedProcedureTypeDescription, "");
  mpps.set_sequence(tags::ProcedureCodeSequence, procedure_codes(step));
  // Type 2 at N-CREATE: present and empty until the final N-SET (PS3.4 F.7.2-1).
  mpps.set(tags::PpsEndDate, "");
  mpps.set(tags::PpsEndTime, "");
  mpps.set(tags::Modality, step.station.modality);
  mpps.set(tags::StudyId, step.study_id);
  const bool other = !step.performed_protocols.empty() && !faults.on("mpps-performed-protocol-as-scheduled");
  mpps.set_sequence(tags::PerformedProtocolCodeSequence,
                    other ? step.performed_protocols : scheduled_protocol_codes(step));
  mpps.set(tags::PerformedSeriesSequence, "");
  return mpps;
}

DicomDataset mpps_final(PpsFinalStatus status, const DateTime& end,
                        const std::vector<PerformedSeries>& series, const std::optional<Code>& reason,
                        const FaultSwitches& faults) {
  DicomDataset mpps;
  mpps.set(tags::PpsStatus, status == PpsFinalStatus::Completed ? "COMPLETED" : "DISCONTINUED");
  mpps.set(tags::PpsEndDate, end.date);
  mpps.set(tags::PpsEndTime, end.time);
  if (!faults.on("mpps-no-performed-series")) {
    std::vector<PerformedSeries> listed = series;
    if (faults.on("mpps-incomplete-image-list") && !listed.empty() && !listed.back().images.empty())
      listed.back().images.pop_back();
    std::vector<DicomDataset> items;
    for (const auto& one : listed) items.push_back(series_item(one));
    mpps.set_sequence(tags::PerformedSeriesSequence, std::move(items));
  }
  if (status == PpsFinalStatus::Discontinued && reason && !faults.on("mpps-discontinue-without-reason"))
    mpps.set_sequence(tags::DiscontinuationReasonCodeSequence, {reason->item()});
  return mpps;
}

}  // namespace ihe::actors
