#include "actors/acquisition_modality/image_generator.h"

#include "actors/acquisition_modality/dataset_copy.h"
#include "actors/acquisition_modality/mpps_builder.h"
#include "actors/net/dicom/scu/presentation_context.h"
#include "base/harness_error.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;

// Request Attributes Sequence (PS3.3 Table 10-9): one item per scheduled step, matched by SPS ID (MESA
// image evaluation, spec digest 3.3).
DicomDataset request_attributes_item(const DicomDataset& mwl_item, bool with_accession) {
  DicomDataset item;
  for (const auto tag :
       {tags::RequestedProcedureId, tags::StudyInstanceUid, tags::RequestedProcedureDescription,
        tags::RequestedProcedureCodeSequence, tags::IssuerOfAccessionNumberSequence})
    copy_if_present(item, mwl_item, tag);
  if (with_accession) copy_if_present(item, mwl_item, tags::AccessionNumber);
  for (const auto tag : {tags::SpsId, tags::SpsDescription, tags::ScheduledProtocolCodeSequence})
    copy_if_present(item, scheduled_procedure_step(mwl_item), tag);
  return item;
}

DicomDataset referenced_pps(const PerformedProcedureStep& step) {
  DicomDataset item;
  item.set(tags::ReferencedSopClassUid, net::sop_class::kMpps);
  item.set(tags::ReferencedSopInstanceUid, step.sop_instance_uid);
  return item;
}

}  // namespace

std::string storage_sop_class(std::string_view modality) {
  if (modality == "CT") return net::sop_class::kCtImageStorage;
  if (modality == "MR") return net::sop_class::kMrImageStorage;
  throw HarnessError("acquisition modality: cannot generate images of modality '" + std::string(modality) +
                     "' (CT or MR)");
}

PerformedSeries plan_series(const PerformedProcedureStep& step, int number, IdFactory& uids,
                            const FaultSwitches& faults) {
  PerformedSeries series;
  series.series_uid = uids.uid();
  series.number = number;
  series.frame_of_reference_uid = uids.uid();
  series.study_uid = faults.on("images-new-study-uid") ? uids.uid() : step.study_uid;
  // The protocol performed is the one scheduled (its SPS Description), for want of a real console.
  const std::string sps_description =
      step.scheduled.empty()
          ? ""
          : scheduled_procedure_step(step.scheduled.front()).string(tags::SpsDescription).value_or("");
  series.protocol_name = sps_description.empty() ? step.station.modality + " PROTOCOL" : sps_description;
  series.description = series.protocol_name;
  return series;
}

DicomDataset worklist_header(const PerformedProcedureStep& step, const PerformedSeries& series,
                             const FaultSwitches& faults) {
  DicomDataset image;
  const DicomDataset none;
  const DicomDataset& mwl = step.scheduled.empty() ? none : step.scheduled.front();
  for (const auto tag : {tags::PatientName, tags::PatientId, tags::PatientBirthDate, tags::PatientSex})
    copy_or_empty(image, step.patient, tag);
  copy_if_present(image, step.patient, tags::IssuerOfPatientId);
  copy_if_present(image, step.patient, tags::SpecificCharacterSet);
  image.set(tags::StudyInstanceUid, series.study_uid);
  if (!faults.on("images-drop-accession-number")) copy_or_empty(image, mwl, tags::AccessionNumber);
  copy_if_present(image, mwl, tags::IssuerOfAccessionNumberSequence);
  copy_or_empty(image, mwl, tags::ReferringPhysicianName);
  // Type 3 in the image's General Study module (PS3.3 C.7.2.1: present means 1-n items), type 2 in the
  // worklist (K.6-1): an empty one stays behind (dciodvfy, MESA 284).
  if (!mwl.items(tags::ReferencedStudySequence).empty())
    copy_if_present(image, mwl, tags::ReferencedStudySequence);
  // Study ID = RP ID and Study Description = RP Description: a convention (dcm4chee #1844, MESA),
  // (unverified) as a TF rule (spec digest 3.3).
  image.set(tags::StudyId, step.study_id);
  if (!step.description.empty()) image.set(tags::StudyDescription, step.description);
  if (const auto codes = procedure_codes(step); !codes.empty())
    image.set_sequence(tags::ProcedureCodeSequence, codes);
  if (step.is_scheduled() && !faults.on("images-drop-request-attributes")) {
    std::vector<DicomDataset> requests;
    for (const auto& item : step.scheduled)
      requests.push_back(request_attributes_item(item, !faults.on("images-drop-accession-number")));
    image.set_sequence(tags::RequestAttributesSequence, std::move(requests));
  }
  image.set_sequence(tags::ReferencedPerformedProcedureStepSequence, {referenced_pps(step)});
  image.set(tags::PpsId, step.pps_id);
  image.set(tags::PpsStartDate, step.start.date);
  image.set(tags::PpsStartTime, step.start.time);
  if (!step.description.empty()) image.set(tags::PpsDescription, step.description);
  return image;
}

std::vector<DicomDataset> generate_images(const PerformedProcedureStep& step, PerformedSeries& series,
                                          int count, IdFactory& uids, const FaultSwitches& faults) {
  const std::string sop_class = storage_sop_class(step.station.modality);
  const DicomDataset header = worklist_header(step, series, faults);
  const DateTime now = DateTime::now();
  std::vector<DicomDataset> images;
  for (int n = 1; n <= count; ++n) {
    DicomDataset image = header;
    image.set(tags::SopClassUid, sop_class);
    image.set(tags::SopInstanceUid, uids.uid());
    image.set(tags::InstanceCreationDate, now.date);
    image.set(tags::InstanceCreationTime, now.time);
    for (const auto tag : {tags::StudyDate, tags::SeriesDate, tags::ContentDate})
      image.set(tag, step.start.date);
    for (const auto tag : {tags::StudyTime, tags::SeriesTime, tags::ContentTime})
      image.set(tag, step.start.time);
    image.set(tags::Modality, step.station.modality);
    image.set(tags::Manufacturer, "IHE-HARNESS");
    image.set(tags::ManufacturerModelName, "SIMULATED " + step.station.modality);
    image.set(tags::StationName, step.station.name);
    image.set(tags::SeriesInstanceUid, series.series_uid);
    image.set(tags::SeriesNumber, std::to_string(series.number));
    image.set(tags::SeriesDescription, series.description);
    image.set(tags::ProtocolName, series.protocol_name);
    image.set(tags::InstanceNumber, std::to_string(n));
    image.set(tags::PatientPosition, "HFS");
    // An unpaired body part: Laterality (0020,0060, type 2C in General Series) is then to be absent.
    image.set({0x0018, 0x0015}, "HEAD");                         // Body Part Examined
    image.set({0x0020, 0x0052}, series.frame_of_reference_uid);  // Frame of Reference UID
    image.set({0x0020, 0x1040}, "");                             // Position Reference Indicator, type 2
    image.set({0x0020, 0x0032}, "-8\\-8\\" + std::to_string(5 * (n - 1)));  // Image Position (Patient)
    if (step.station.modality == "CT")
      add_ct_modules(image);
    else
      add_mr_modules(image);
    if (faults.on("images-drop-photometric-interpretation")) image.erase({0x0028, 0x0004});
    add_pixels(image, 32, 32, n);
    series.images.push_back({sop_class, *image.string(tags::SopInstanceUid)});
    images.push_back(std::move(image));
  }
  return images;
}

}  // namespace ihe::actors
