// The MWL fault switches over the network, each beside the conformant answer to the same query: with
// the switch on, the Order Filler really misbehaves the way its catalog says.
#include <gtest/gtest.h>

#include "tests/component/order_filler/order_filler_fixture.h"

namespace ihe::test {
namespace {

using Ids = std::vector<std::string>;

TEST(OrderFillerMwlFault, DropReturnKeyLeavesOutAccessionAndStudyUid) {
  const auto identifier = mwl_identifier({{"PatientID", "PAT002"}}, {});
  const auto good = RunningOrderFiller().query(identifier);
  ASSERT_EQ(good.matches.size(), 1u);
  EXPECT_EQ(value_at(good.matches[0], "AccessionNumber"), "ACC002");
  EXPECT_EQ(value_at(good.matches[0], "StudyInstanceUID"), "1.2.826.0.1.3680043.9.7156.1.2");

  const auto bad = RunningOrderFiller({"mwl-drop-return-key"}).query(identifier);
  ASSERT_EQ(bad.matches.size(), 1u);
  EXPECT_EQ(bad.status, 0x0000);
  EXPECT_EQ(value_at(bad.matches[0], "AccessionNumber"), "<absent>");
  EXPECT_EQ(value_at(bad.matches[0], "StudyInstanceUID"), "<absent>");
  EXPECT_EQ(value_at(bad.matches[0], "PatientID"), "PAT002");
}

TEST(OrderFillerMwlFault, IgnoreDateRangeAnswersStepsOutsideTheRange) {
  const auto identifier = mwl_identifier({}, {{"ScheduledProcedureStepStartDate", "20261201-20261231"}});
  EXPECT_EQ(sps_ids(RunningOrderFiller().query(identifier).matches), Ids{"SPS003"});
  const auto bad = RunningOrderFiller({"mwl-ignore-date-range"}).query(identifier);
  EXPECT_EQ(sps_ids(bad.matches), (Ids{"SPS001", "SPS004A", "SPS004B", "SPS002", "SPS003"}));
  EXPECT_EQ(value_at(bad.matches[0], "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepStartDate"),
            "20261128");
}

TEST(OrderFillerMwlFault, IgnoreStationAeAnswersOtherStationsSteps) {
  const auto identifier = mwl_identifier({}, {{"ScheduledStationAETitle", "MODALITY2"}});
  EXPECT_EQ(sps_ids(RunningOrderFiller().query(identifier).matches), Ids{"SPS002"});
  const auto bad = RunningOrderFiller({"mwl-ignore-station-ae"}).query(identifier);
  EXPECT_EQ(bad.matches.size(), 5u);
  EXPECT_EQ(value_at(bad.matches[0], "ScheduledProcedureStepSequence[0]/ScheduledStationAETitle"),
            "MODALITY1");
}

TEST(OrderFillerMwlFault, IgnorePatientIdAnswersEveryPatientsSteps) {
  const auto identifier = mwl_identifier({{"PatientID", "PAT002"}}, {});
  EXPECT_EQ(sps_ids(RunningOrderFiller().query(identifier).matches), Ids{"SPS002"});
  const auto bad = RunningOrderFiller({"mwl-ignore-patient-id"}).query(identifier);
  EXPECT_EQ(bad.status, 0x0000);
  EXPECT_EQ(bad.matches.size(), 5u);
}

TEST(OrderFillerMwlFault, WrongStudyUidAnswersAnotherValidUid) {
  const auto identifier = mwl_identifier({{"AccessionNumber", "ACC001"}}, {});
  const auto bad = RunningOrderFiller({"mwl-wrong-study-uid"}).query(identifier);
  ASSERT_EQ(bad.matches.size(), 1u);
  const auto uid = value_at(bad.matches[0], "StudyInstanceUID");
  EXPECT_NE(uid, "1.2.826.0.1.3680043.9.7156.1.1");
  EXPECT_TRUE(uid.starts_with("1.2.826.0.1.3680043.9.7156.1.")) << uid;
  EXPECT_EQ(value_at(bad.matches[0], "AccessionNumber"), "ACC001");
}

}  // namespace
}  // namespace ihe::test
