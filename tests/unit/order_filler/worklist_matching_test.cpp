// RAD-5 matching and return keys on the Order Filler's store (PS3.4 K.6-1, C.2.2.2), through the shared
// matching engine, without a network.
#include <gtest/gtest.h>

#include "actors/order_filler/faults.h"
#include "actors/order_filler/rad_005_worklist.h"
#include "tests/unit/order_filler/worklist_seed.h"

namespace ihe::test {
namespace {

using Ids = std::vector<std::string>;

class WorklistMatching : public ::testing::Test {
 protected:
  WorklistMatching() { load_worklist_seed(store_); }
  net::FindResponse query(const dicom::DicomDataset& identifier, actors::FaultSwitches faults = {}) {
    faults_ = std::move(faults);
    return actors::Rad5ModalityWorklist(store_, faults_, log_).answer(identifier);
  }
  Ids ids_for(const dicom::DicomDataset& identifier) {
    const auto response = query(identifier);
    EXPECT_EQ(response.status, 0x0000);
    return sps_ids(response.matches);
  }

  actors::ProcedureStore store_;
  actors::FaultSwitches faults_;
  actors::TransactionLog log_;
};

TEST_F(WorklistMatching, MatchesByPatientIdOneAnswerPerSps) {
  EXPECT_EQ(ids_for(mwl_identifier({{"PatientID", "PAT001"}}, {})), (Ids{"SPS001", "SPS004A", "SPS004B"}));
}

TEST_F(WorklistMatching, MatchesByModalityDateAndStationAe) {
  EXPECT_EQ(ids_for(mwl_identifier({}, {{"Modality", "CT"},
                                        {"ScheduledStationAETitle", "MODALITY1"},
                                        {"ScheduledProcedureStepStartDate", "20261128"}})),
            Ids{"SPS001"});
  EXPECT_EQ(ids_for(mwl_identifier({}, {{"ScheduledStationAETitle", "MODALITY2"}})), Ids{"SPS002"});
}

TEST_F(WorklistMatching, MatchesADateRangeAndADateTimePeriod) {
  EXPECT_EQ(ids_for(mwl_identifier({}, {{"ScheduledProcedureStepStartDate", "20261128-20261129"}})),
            (Ids{"SPS001", "SPS004A", "SPS004B", "SPS002"}));
  EXPECT_EQ(ids_for(mwl_identifier({}, {{"ScheduledProcedureStepStartDate", "20261130-"}})), Ids{"SPS003"});
  EXPECT_EQ(ids_for(mwl_identifier({}, {{"ScheduledProcedureStepStartDate", "20261129"},
                                        {"ScheduledProcedureStepStartTime", "0800-0815"}})),
            Ids{"SPS004A"});
}

// Regression: our own Modality asks for Referenced Study Sequence with an item of empty sub-keys (a return
// key, K.6-1 matching type O); the seeded steps have no referenced study, and strict sequence matching
// (C.2.2.2.6) on that key made every worklist query of the Modality come back empty.
TEST_F(WorklistMatching, ReturnOnlyKeysNarrowNothing) {
  auto identifier = mwl_identifier({{"PatientID", "PAT001"}}, {});
  dicom::DicomDataset referenced_study;
  referenced_study.set({0x0008, 0x1150}, dicom::Vr::UI, "").set({0x0008, 0x1155}, dicom::Vr::UI, "");
  identifier.set_sequence({0x0008, 0x1110}, {referenced_study});
  identifier.set({0x0010, 0x1030}, dicom::Vr::DS, "70");  // Patient's Weight: O matching, not supported
  const auto response = query(identifier);
  EXPECT_EQ(sps_ids(response.matches), (Ids{"SPS001", "SPS004A", "SPS004B"}));
  ASSERT_FALSE(response.matches.empty());
  EXPECT_TRUE(response.matches.front().contains({0x0008, 0x1110}));  // still answered
}

TEST_F(WorklistMatching, MatchesAccessionNumberRequestedProcedureIdAndNameWildcards) {
  EXPECT_EQ(ids_for(mwl_identifier({{"AccessionNumber", "ACC002"}}, {})), Ids{"SPS002"});
  EXPECT_EQ(ids_for(mwl_identifier({{"RequestedProcedureID", "RP004"}}, {})), (Ids{"SPS004A", "SPS004B"}));
  EXPECT_EQ(ids_for(mwl_identifier({{"PatientName", "ROE*"}}, {})), Ids{"SPS002"});
  EXPECT_EQ(ids_for(mwl_identifier({{"PatientName", "?OE^J*"}}, {})),
            (Ids{"SPS001", "SPS004A", "SPS004B", "SPS002"}));
}

TEST_F(WorklistMatching, AnUnknownPatientIsZeroAnswersAndSuccess) {
  const auto response = query(mwl_identifier({{"PatientID", "PAT999"}}, {}));
  EXPECT_EQ(response.status, 0x0000);
  EXPECT_TRUE(response.matches.empty());
}

TEST_F(WorklistMatching, ReturnsExactlyTheRequestedKeysWithOneSpsItem) {
  dicom::DicomDataset step;
  step.set(*dicom::Tag::parse("ScheduledProcedureStepID"), "SPS002");
  step.set(*dicom::Tag::parse("ScheduledStationName"), "");
  dicom::DicomDataset identifier;
  identifier.set(*dicom::Tag::parse("StudyInstanceUID"), "");
  identifier.set(*dicom::Tag::parse("PatientBirthDate"), "");
  identifier.set_sequence(*dicom::Tag::parse("ScheduledProcedureStepSequence"), {step});
  const auto response = query(identifier);
  ASSERT_EQ(response.matches.size(), 1u);
  const auto& answer = response.matches.front();
  EXPECT_EQ(answer.size(), 3u) << answer.to_text();
  EXPECT_EQ(value_at(answer, "StudyInstanceUID"), "1.2.826.0.1.3680043.9.7156.1.2");
  EXPECT_EQ(value_at(answer, "PatientBirthDate"), "19820214");
  ASSERT_EQ(answer.items(*dicom::Tag::parse("ScheduledProcedureStepSequence")).size(), 1u);
  EXPECT_EQ(value_at(answer, "ScheduledProcedureStepSequence[0]/ScheduledStationName"), "MR1");
  EXPECT_EQ(answer.items(*dicom::Tag::parse("ScheduledProcedureStepSequence")).front().size(), 2u);
}

TEST_F(WorklistMatching, ReturnsEveryDigestReturnKeyFromTheSeed) {
  const auto response =
      query(mwl_identifier({{"AccessionNumber", "ACC001"}}, {{"ScheduledPerformingPhysicianName", ""},
                                                             {"ScheduledProtocolCodeSequence", ""},
                                                             {"ScheduledProcedureStepLocation", ""}}));
  ASSERT_EQ(response.matches.size(), 1u);
  const auto& answer = response.matches.front();
  EXPECT_EQ(value_at(answer, "PatientName"), "DOE^JOHN");
  EXPECT_EQ(value_at(answer, "RequestedProcedureDescription"), "CT HEAD W/O CONTRAST");
  EXPECT_EQ(value_at(answer, "ScheduledProcedureStepSequence[0]/ScheduledPerformingPhysicianName"),
            "TECH^TOM");
  EXPECT_EQ(value_at(answer, "ScheduledProcedureStepSequence[0]/ScheduledProtocolCodeSequence[0]/CodeValue"),
            "X1");
  EXPECT_EQ(value_at(answer, "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepLocation"), "ROOM1");
  EXPECT_EQ(value_at(answer, "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepStatus"), "SCHEDULED");
}

TEST_F(WorklistMatching, RefusesAnIdentifierWithTwoSpsItems) {
  auto identifier = mwl_identifier({}, {});
  auto items = identifier.items(*dicom::Tag::parse("ScheduledProcedureStepSequence"));
  items.push_back(items.front());
  identifier.set_sequence(*dicom::Tag::parse("ScheduledProcedureStepSequence"), items);
  const auto response = query(identifier);
  EXPECT_EQ(response.status, 0xA900);
  EXPECT_TRUE(response.matches.empty());
}

TEST_F(WorklistMatching, FollowsTheSpsStatusOfTheStore) {
  ASSERT_TRUE(store_.set_step_status({"SPS002", "ACC002", ""}, actors::SpsStatus::Started));
  const auto response = query(mwl_identifier({{"PatientID", "PAT002"}}, {}));
  ASSERT_EQ(response.matches.size(), 1u);
  EXPECT_EQ(
      value_at(response.matches.front(), "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepStatus"),
      "STARTED");
}

}  // namespace
}  // namespace ihe::test
