// RAD-6/7 content (PS3.4 F.7.2-1, RAD TF-2 Appendix A; spec digest 3.2 and 3.3), attribute by attribute.
#include "actors/acquisition_modality/mpps_builder.h"

#include <gtest/gtest.h>

#include "actors/acquisition_modality/faults.h"
#include "tests/unit/acquisition_modality/sample_worklist.h"

namespace ihe::actors {
namespace {

namespace t = tags;
using test::sample_worklist_item;

std::string at(const dicom::DicomDataset& data, std::string_view path) {
  const auto* element = data.find_path(path);
  return element == nullptr ? "<absent>" : element->joined();
}

class MppsBuilder : public ::testing::Test {
 protected:
  IdFactory uids;
  Station station{"MODALITY1", "CT1", "ROOM1", "CT"};
};

TEST_F(MppsBuilder, ScheduledNCreateCopiesTheWorklistItemIntoOneSsasItem) {
  const auto step = scheduled_step({sample_worklist_item()}, station, uids);
  const auto mpps = mpps_in_progress(step, {});
  ASSERT_EQ(mpps.items(t::ScheduledStepAttributesSequence).size(), 1u);
  const auto& ssas = mpps.items(t::ScheduledStepAttributesSequence)[0];
  EXPECT_EQ(ssas.string(t::StudyInstanceUid), "2.25.4242");
  EXPECT_EQ(ssas.string(t::AccessionNumber), "ACC001");
  EXPECT_EQ(ssas.string(t::RequestedProcedureId), "RP001");
  EXPECT_EQ(ssas.string(t::RequestedProcedureDescription), "CT HEAD W/O CONTRAST");
  EXPECT_EQ(ssas.string(t::SpsId), "SPS001");
  EXPECT_EQ(ssas.string(t::SpsDescription), "CT HEAD PROTOCOL 1");
  EXPECT_EQ(at(ssas, "ScheduledProtocolCodeSequence[0]/CodeValue"), "X1");
  EXPECT_EQ(at(ssas, "ReferencedStudySequence[0]/ReferencedSOPInstanceUID"), "2.25.4242");

  EXPECT_EQ(mpps.string(t::SpecificCharacterSet), "ISO_IR 100");
  EXPECT_EQ(mpps.string(t::PatientName), "DOE^JOHN");
  EXPECT_EQ(mpps.string(t::PatientId), "PAT001");
  EXPECT_EQ(mpps.string(t::IssuerOfPatientId), "HARNESS");
  EXPECT_EQ(mpps.string(t::PatientBirthDate), "19700101");
  EXPECT_EQ(mpps.string(t::PatientSex), "M");
  EXPECT_EQ(mpps.string(t::PpsId), step.pps_id);
  EXPECT_EQ(mpps.string(t::PerformedStationAeTitle), "MODALITY1");
  EXPECT_EQ(mpps.string(t::PerformedStationName), "CT1");
  EXPECT_EQ(mpps.string(t::PerformedLocation), "ROOM1");
  EXPECT_EQ(mpps.string(t::PpsStartDate), step.start.date);
  EXPECT_EQ(mpps.string(t::PpsStartTime), step.start.time);
  EXPECT_EQ(mpps.string(t::PpsStatus), "IN PROGRESS");
  EXPECT_EQ(mpps.string(t::PpsDescription), "CT HEAD W/O CONTRAST");
  EXPECT_EQ(at(mpps, "ProcedureCodeSequence[0]/CodeValue"), "P1-10001");
  EXPECT_EQ(mpps.string(t::Modality), "CT");
  EXPECT_EQ(mpps.string(t::StudyId), "RP001");
  EXPECT_EQ(at(mpps, "PerformedProtocolCodeSequence[0]/CodeValue"), "X1");
  // Type 2 at N-CREATE: present, zero length (PS3.4 F.7.2-1).
  for (const auto tag : {t::PpsEndDate, t::PpsEndTime, t::PerformedSeriesSequence,
                         t::ReferencedPatientSequence, t::PerformedProcedureTypeDescription}) {
    ASSERT_TRUE(mpps.contains(tag)) << tag.to_string();
    EXPECT_TRUE(mpps.find(tag)->is_empty()) << tag.to_string();
  }
}

TEST_F(MppsBuilder, UnscheduledNCreateHasZeroLengthRequestValuesAndAGeneratedStudyUid) {
  dicom::DicomDataset patient;
  patient.set(t::PatientName, "DOE^J1");
  patient.set(t::PatientId, "TMP001");
  const auto step = unscheduled_step(patient, station, uids);
  const auto mpps = mpps_in_progress(step, {});
  ASSERT_EQ(mpps.items(t::ScheduledStepAttributesSequence).size(), 1u);
  const auto& ssas = mpps.items(t::ScheduledStepAttributesSequence)[0];
  EXPECT_EQ(ssas.string(t::StudyInstanceUid), step.study_uid);
  EXPECT_TRUE(step.study_uid.starts_with("2.25."));
  for (const auto tag :
       {t::AccessionNumber, t::RequestedProcedureId, t::RequestedProcedureDescription, t::SpsId,
        t::SpsDescription, t::ScheduledProtocolCodeSequence, t::ReferencedStudySequence}) {
    ASSERT_TRUE(ssas.contains(tag)) << tag.to_string();
    EXPECT_TRUE(ssas.find(tag)->is_empty()) << tag.to_string();
  }
  EXPECT_EQ(mpps.string(t::PatientId), "TMP001");
  EXPECT_EQ(mpps.string(t::PatientBirthDate), "");
}

TEST_F(MppsBuilder, GroupCaseHasOneSsasItemPerScheduledStep) {
  const auto step = scheduled_step({sample_worklist_item("1"), sample_worklist_item("2")}, station, uids);
  const auto mpps = mpps_in_progress(step, {});
  ASSERT_EQ(mpps.items(t::ScheduledStepAttributesSequence).size(), 2u);
  EXPECT_EQ(at(mpps, "ScheduledStepAttributesSequence[0]/ScheduledProcedureStepID"), "SPS001");
  EXPECT_EQ(at(mpps, "ScheduledStepAttributesSequence[1]/ScheduledProcedureStepID"), "SPS002");
  EXPECT_EQ(mpps.items(t::ProcedureCodeSequence).size(), 2u);
  EXPECT_EQ(step.study_uid, "2.25.4242");  // same Requested Procedure study: the MWL's UID
}

TEST_F(MppsBuilder, GroupCaseOverSeveralStudiesUsesAStudyUidOfItsOwn) {
  const auto step = scheduled_step({sample_worklist_item("1", "2.25.1"), sample_worklist_item("2", "2.25.2")},
                                   station, uids);
  EXPECT_NE(step.study_uid, "2.25.1");
  EXPECT_NE(step.study_uid, "2.25.2");
  const auto mpps = mpps_in_progress(step, {});
  EXPECT_EQ(at(mpps, "ScheduledStepAttributesSequence[1]/StudyInstanceUID"), "2.25.2");
}

TEST_F(MppsBuilder, AppendCaseIsANewInstanceWithADifferentPpsId) {
  const auto first = scheduled_step({sample_worklist_item()}, station, uids);
  const auto appended = append_step(first, uids);
  EXPECT_NE(appended.sop_instance_uid, first.sop_instance_uid);
  EXPECT_NE(appended.pps_id, first.pps_id);
  EXPECT_EQ(appended.study_uid, first.study_uid);
  EXPECT_EQ(mpps_in_progress(appended, {}).items(t::ScheduledStepAttributesSequence),
            mpps_in_progress(first, {}).items(t::ScheduledStepAttributesSequence));
}

PerformedSeries two_image_series() {
  PerformedSeries series;
  series.series_uid = "2.25.77";
  series.protocol_name = "CT HEAD PROTOCOL";
  series.description = "CT HEAD";
  series.images = {{"1.2.840.10008.5.1.4.1.1.2", "2.25.781"}, {"1.2.840.10008.5.1.4.1.1.2", "2.25.782"}};
  return series;
}

TEST_F(MppsBuilder, CompletedNSetListsEverySeriesAndImage) {
  const auto mpps =
      mpps_final(PpsFinalStatus::Completed, {"20261128", "061500"}, {two_image_series()}, std::nullopt, {});
  EXPECT_EQ(mpps.string(t::PpsStatus), "COMPLETED");
  EXPECT_EQ(mpps.string(t::PpsEndDate), "20261128");
  EXPECT_EQ(mpps.string(t::PpsEndTime), "061500");
  ASSERT_EQ(mpps.items(t::PerformedSeriesSequence).size(), 1u);
  const auto& series = mpps.items(t::PerformedSeriesSequence)[0];
  EXPECT_EQ(series.string(t::SeriesInstanceUid), "2.25.77");
  EXPECT_EQ(series.string(t::ProtocolName), "CT HEAD PROTOCOL");
  EXPECT_EQ(series.string(t::SeriesDescription), "CT HEAD");
  for (const auto tag : {t::PerformingPhysicianName, t::OperatorsName, t::RetrieveAeTitle,
                         t::ReferencedNonImageCompositeSopInstanceSequence})
    EXPECT_TRUE(series.contains(tag)) << tag.to_string();
  ASSERT_EQ(series.items(t::ReferencedImageSequence).size(), 2u);
  EXPECT_EQ(at(series, "ReferencedImageSequence[1]/ReferencedSOPInstanceUID"), "2.25.782");
  EXPECT_EQ(at(series, "ReferencedImageSequence[1]/ReferencedSOPClassUID"), "1.2.840.10008.5.1.4.1.1.2");
  EXPECT_FALSE(mpps.contains(t::DiscontinuationReasonCodeSequence));
  // N-SET must not re-send N-CREATE-only attributes (PS3.4 F.7.2-1 "-").
  EXPECT_FALSE(mpps.contains(t::ScheduledStepAttributesSequence));
  EXPECT_FALSE(mpps.contains(t::PatientId));
}

TEST_F(MppsBuilder, DiscontinuedNSetCarriesTheReasonCode) {
  const auto mpps = mpps_final(PpsFinalStatus::Discontinued, {"20261128", "061500"}, {two_image_series()},
                               incorrect_worklist_entry(), {});
  EXPECT_EQ(mpps.string(t::PpsStatus), "DISCONTINUED");
  EXPECT_EQ(at(mpps, "0040,0281[0]/0008,0100"), "110514");
  EXPECT_EQ(at(mpps, "0040,0281[0]/0008,0102"), "DCM");
  EXPECT_EQ(at(mpps, "0040,0281[0]/0008,0104"), "Incorrect worklist entry selected");
}

FaultSwitches faults(const std::string& name) {
  return FaultSwitches::select(acquisition_modality_faults(), {name}, "acquisition-modality");
}

TEST_F(MppsBuilder, FaultsRemoveWhatTheyName) {
  const auto step = scheduled_step({sample_worklist_item()}, station, uids);
  EXPECT_FALSE(
      mpps_in_progress(step, faults("mpps-missing-ssas")).contains(t::ScheduledStepAttributesSequence));
  const DateTime end{"20261128", "061500"};
  EXPECT_FALSE(mpps_final(PpsFinalStatus::Completed, end, {two_image_series()}, std::nullopt,
                          faults("mpps-no-performed-series"))
                   .contains(t::PerformedSeriesSequence));
  const auto partial = mpps_final(PpsFinalStatus::Completed, end, {two_image_series()}, std::nullopt,
                                  faults("mpps-incomplete-image-list"));
  EXPECT_EQ(partial.items(t::PerformedSeriesSequence)[0].items(t::ReferencedImageSequence).size(), 1u);
}

TEST_F(MppsBuilder, OperatedCaseFaultsBreakTheirCase) {
  const auto unscheduled = unscheduled_step({}, station, uids);
  const auto bogus = mpps_in_progress(unscheduled, faults("mpps-unscheduled-bogus-ssas"));
  EXPECT_EQ(at(bogus, "ScheduledStepAttributesSequence[0]/AccessionNumber"), "UNSCHEDULED");
  EXPECT_EQ(at(bogus, "ScheduledStepAttributesSequence[0]/ScheduledProcedureStepID"), "UNSCHEDULED");

  const auto group = scheduled_step({sample_worklist_item("1"), sample_worklist_item("2")}, station, uids);
  EXPECT_EQ(mpps_in_progress(group, faults("mpps-group-one-ssas-item"))
                .items(t::ScheduledStepAttributesSequence)
                .size(),
            1u);

  auto other = scheduled_step({sample_worklist_item()}, station, uids);
  other.performed_protocols = {Code{"P2", "99IHE", "Other"}.item()};
  EXPECT_EQ(at(mpps_in_progress(other, {}), "PerformedProtocolCodeSequence[0]/CodeValue"), "P2");
  EXPECT_EQ(at(mpps_in_progress(other, faults("mpps-performed-protocol-as-scheduled")),
               "PerformedProtocolCodeSequence[0]/CodeValue"),
            "X1");

  const auto reason = discontinuation_reason("110505");
  ASSERT_TRUE(reason);
  EXPECT_EQ(reason->meaning, "Patient refused to continue procedure");
  EXPECT_FALSE(discontinuation_reason("999999"));
  EXPECT_FALSE(mpps_final(PpsFinalStatus::Discontinued, {"20261128", "061500"}, {two_image_series()}, reason,
                          faults("mpps-discontinue-without-reason"))
                   .contains(t::DiscontinuationReasonCodeSequence));
}

// MESA 214: a step scheduled with two protocol codes reports both in its SSAS item (PS3.4 F.7.2-1, copied
// from the worklist); the fault keeps the first only.
TEST_F(MppsBuilder, ProtocolItemsOfAStepAreAllCopiedUnlessTheFaultDropsThem) {
  auto item = sample_worklist_item();
  item.mutable_items(t::ScheduledProcedureStepSequence)
      ->front()
      .set_sequence(t::ScheduledProtocolCodeSequence, {test::code("X1", "99HARNESS", "CT HEAD PROTOCOL"),
                                                       test::code("X2", "99HARNESS", "CT NECK")});
  const auto step = scheduled_step({item}, station, uids);
  const auto codes = [](const dicom::DicomDataset& mpps) {
    return mpps.items(t::ScheduledStepAttributesSequence)[0].items(t::ScheduledProtocolCodeSequence);
  };
  const auto conformant = codes(mpps_in_progress(step, {}));
  ASSERT_EQ(conformant.size(), 2u);
  EXPECT_EQ(conformant[1].string(t::CodeValue), "X2");
  EXPECT_EQ(conformant[1].string(t::CodeMeaning), "CT NECK");
  const auto dropped = codes(mpps_in_progress(step, faults("mpps-drops-protocol-items")));
  ASSERT_EQ(dropped.size(), 1u);
  EXPECT_EQ(dropped[0].string(t::CodeValue), "X1");
  // A step with one protocol item loses nothing: the fault shows only where there is more than one.
  EXPECT_EQ(codes(mpps_in_progress(scheduled_step({sample_worklist_item()}, station, uids),
                                   faults("mpps-drops-protocol-items")))
                .size(),
            1u);
}

}  // namespace
}  // namespace ihe::actors
