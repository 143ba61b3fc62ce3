// DCMTK findscu -W, an independent Modality Worklist SCU, against our Order Filler (RAD-5): the seeded
// items come back with correct matching, one answer per SPS with exactly one SPS item (PS3.4 K.6-1).
#include <gtest/gtest.h>

#include "tests/component/order_filler/order_filler_fixture.h"
#include "tests/peers/order_filler/findscu_support.h"

namespace ihe::test {
namespace {

using Ids = std::vector<std::string>;
constexpr const char* kSpsItems = "ScheduledProcedureStepSequence";

TEST(OrderFillerWithFindscu, PatientBasedQueryReturnsThePatientsSteps) {
  RunningOrderFiller of;
  TempDir dir;
  const auto answers = findscu_worklist(dir, of.port(), with(mwl_return_keys(), {"PatientID=PAT001"}));
  EXPECT_EQ(sps_ids(answers), (Ids{"SPS001", "SPS004A", "SPS004B"}));
  ASSERT_FALSE(answers.empty());
  const auto& first = answers.front();
  EXPECT_EQ(first.items(*dicom::Tag::parse(kSpsItems)).size(), 1u);
  EXPECT_EQ(value_at(first, "PatientName"), "DOE^JOHN");
  EXPECT_EQ(value_at(first, "AccessionNumber"), "ACC001");
  EXPECT_EQ(value_at(first, "StudyInstanceUID"), "1.2.826.0.1.3680043.9.7156.1.1");
  EXPECT_EQ(value_at(first, "RequestedProcedureID"), "RP001");
  EXPECT_EQ(value_at(first, "ReferringPhysicianName"), "REFERRING^DOC");
  EXPECT_EQ(value_at(first, "ScheduledProcedureStepSequence[0]/ScheduledStationAETitle"), "MODALITY1");
  EXPECT_EQ(value_at(first, "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepStartTime"), "090000");
  EXPECT_EQ(value_at(first, "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepStatus"), "SCHEDULED");
}

TEST(OrderFillerWithFindscu, BroadQueryByModalityDateAndStationAe) {
  RunningOrderFiller of;
  TempDir dir;
  const auto answers =
      findscu_worklist(dir, of.port(),
                       with(mwl_return_keys(),
                            {"ScheduledProcedureStepSequence[0].Modality=CT",
                             "ScheduledProcedureStepSequence[0].ScheduledStationAETitle=MODALITY1",
                             "ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartDate=20261129"}));
  EXPECT_EQ(sps_ids(answers), (Ids{"SPS004A", "SPS004B"}));
  for (const auto& answer : answers) EXPECT_EQ(value_at(answer, "AccessionNumber"), "ACC004");
}

TEST(OrderFillerWithFindscu, DateRangeQuery) {
  RunningOrderFiller of;
  TempDir dir;
  EXPECT_EQ(sps_ids(findscu_worklist(
                dir, of.port(),
                with(mwl_return_keys(), {"ScheduledProcedureStepSequence[0].ScheduledProcedureStepStartDate="
                                         "20261129-20261231"}))),
            (Ids{"SPS004A", "SPS004B", "SPS003"}));
}

TEST(OrderFillerWithFindscu, AccessionNumberQuery) {
  RunningOrderFiller of;
  TempDir dir;
  const auto answers = findscu_worklist(dir, of.port(), with(mwl_return_keys(), {"AccessionNumber=ACC002"}));
  ASSERT_EQ(sps_ids(answers), Ids{"SPS002"});
  EXPECT_EQ(value_at(answers[0], "PatientName"), "ROE^JANE");
  EXPECT_EQ(value_at(answers[0], "ScheduledProcedureStepSequence[0]/Modality"), "MR");
}

TEST(OrderFillerWithFindscu, UnknownPatientReturnsNoItems) {
  RunningOrderFiller of;
  TempDir dir;
  EXPECT_TRUE(findscu_worklist(dir, of.port(), with(mwl_return_keys(), {"PatientID=PAT999"})).empty());
}

}  // namespace
}  // namespace ihe::test
