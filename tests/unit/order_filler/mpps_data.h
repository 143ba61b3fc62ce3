#pragma once

#include <string>

#include "actors/dicom/dicom_dataset.h"

// MPPS data sets as a modality sends them (PS3.4 F.7.2-1; spec digest 3.2): N-CREATE IN PROGRESS with one
// Scheduled Step Attributes Sequence item copied from the worklist, and the final N-SET.
namespace ihe::test {

inline dicom::DicomDataset mpps_in_progress(const std::string& sps_id, const std::string& accession,
                                            const std::string& study_uid) {
  dicom::DicomDataset ssas;
  ssas.set(*dicom::Tag::parse("StudyInstanceUID"), study_uid)
      .set(*dicom::Tag::parse("AccessionNumber"), accession)
      .set(*dicom::Tag::parse("ScheduledProcedureStepID"), sps_id)
      .set(*dicom::Tag::parse("RequestedProcedureID"), "")
      .set_sequence(*dicom::Tag::parse("ReferencedStudySequence"), {});
  dicom::DicomDataset create;
  create.set_sequence(*dicom::Tag::parse("ScheduledStepAttributesSequence"), {ssas})
      .set(*dicom::Tag::parse("PatientID"), "PAT001")
      .set(*dicom::Tag::parse("PerformedProcedureStepID"), "PPS-" + sps_id)
      .set(*dicom::Tag::parse("PerformedStationAETitle"), "MODALITY1")
      .set(*dicom::Tag::parse("PerformedProcedureStepStartDate"), "20261128")
      .set(*dicom::Tag::parse("PerformedProcedureStepStartTime"), "090500")
      .set(*dicom::Tag::parse("PerformedProcedureStepStatus"), "IN PROGRESS")
      .set(*dicom::Tag::parse("PerformedProcedureStepEndDate"), "")
      .set(*dicom::Tag::parse("PerformedProcedureStepEndTime"), "")
      .set(*dicom::Tag::parse("Modality"), "CT")
      .set_sequence(*dicom::Tag::parse("PerformedSeriesSequence"), {});
  return create;
}

inline dicom::DicomDataset mpps_final(const std::string& pps_status) {
  dicom::DicomDataset series;
  series.set(*dicom::Tag::parse("SeriesInstanceUID"), "1.2.826.0.1.3680043.9.7156.4.1")
      .set(*dicom::Tag::parse("ProtocolName"), "CT HEAD")
      .set_sequence(*dicom::Tag::parse("ReferencedImageSequence"), {});
  dicom::DicomDataset set;
  set.set(*dicom::Tag::parse("PerformedProcedureStepStatus"), pps_status)
      .set(*dicom::Tag::parse("PerformedProcedureStepEndDate"), "20261128")
      .set(*dicom::Tag::parse("PerformedProcedureStepEndTime"), "093000")
      .set_sequence(*dicom::Tag::parse("PerformedSeriesSequence"), {series});
  return set;
}

}  // namespace ihe::test
