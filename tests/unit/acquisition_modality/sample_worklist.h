#pragma once

#include <string>

#include "actors/acquisition_modality/modality_tags.h"
#include "actors/dicom/dicom_dataset.h"

// A Modality Worklist item as an Order Filler returns it (PS3.4 K.6-1), with every attribute the copy rules
// of RAD TF-2 Appendix A read, so each one can be followed into the images and the MPPS.
namespace ihe::test {

inline dicom::DicomDataset code(const std::string& value, const std::string& scheme,
                                const std::string& meaning) {
  dicom::DicomDataset item;
  item.set(actors::tags::CodeValue, value);
  item.set(actors::tags::CodingSchemeDesignator, scheme);
  item.set(actors::tags::CodeMeaning, meaning);
  return item;
}

inline dicom::DicomDataset sample_worklist_item(const std::string& suffix = "1",
                                                const std::string& study_uid = "2.25.4242") {
  namespace t = actors::tags;
  dicom::DicomDataset sps;
  sps.set(t::Modality, "CT");
  sps.set(t::ScheduledStationAeTitle, "MODALITY1");
  sps.set(t::SpsStartDate, "20261128");
  sps.set(t::SpsStartTime, "053014");
  sps.set(t::ScheduledPerformingPhysicianName, "TECH^TOM");
  sps.set(t::SpsDescription, "CT HEAD PROTOCOL " + suffix);
  sps.set_sequence(t::ScheduledProtocolCodeSequence, {code("X" + suffix, "99HARNESS", "CT HEAD PROTOCOL")});
  sps.set(t::SpsId, "SPS00" + suffix);
  sps.set(t::SpsStatus, "SCHEDULED");

  dicom::DicomDataset item;
  item.set(t::SpecificCharacterSet, "ISO_IR 100");
  item.set(t::AccessionNumber, "ACC00" + suffix);
  item.set(t::ReferringPhysicianName, "REFERRING^DOC");
  item.set(t::PatientName, "DOE^JOHN");
  item.set(t::PatientId, "PAT001");
  item.set(t::IssuerOfPatientId, "HARNESS");
  item.set(t::PatientBirthDate, "19700101");
  item.set(t::PatientSex, "M");
  item.set(t::StudyInstanceUid, study_uid);
  dicom::DicomDataset study_reference;
  study_reference.set(t::ReferencedSopClassUid, "1.2.840.10008.3.1.2.3.1");
  study_reference.set(t::ReferencedSopInstanceUid, study_uid);
  item.set_sequence(t::ReferencedStudySequence, {study_reference});
  item.set(t::RequestedProcedureDescription, "CT HEAD W/O CONTRAST");
  item.set_sequence(t::RequestedProcedureCodeSequence, {code("P1-1000" + suffix, "99HARNESS", "CT HEAD")});
  item.set_sequence(t::ScheduledProcedureStepSequence, {sps});
  item.set(t::RequestedProcedureId, "RP00" + suffix);
  item.set(t::RequestedProcedurePriority, "ROUTINE");
  return item;
}

}  // namespace ihe::test
