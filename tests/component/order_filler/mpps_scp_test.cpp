// RAD-6/7 against the Order Filler over the network with our own SCU: state rules, SPS status through the
// worklist, N-CREATE and N-SET on different associations, and the MPPS fault switches.
#include <gtest/gtest.h>

#include "tests/component/order_filler/order_filler_fixture.h"
#include "tests/unit/order_filler/mpps_data.h"

namespace ihe::test {
namespace {

const std::string kMppsUid = "1.2.826.0.1.3680043.9.7156.6.1";

std::string sps_status(const RunningOrderFiller& of, const std::string& accession) {
  const auto result = of.query(mwl_identifier({{"AccessionNumber", accession}}, {}));
  return result.matches.empty()
             ? "<no item>"
             : value_at(result.matches[0], "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepStatus");
}

net::NResult create(const RunningOrderFiller& of, const dicom::DicomDataset& data,
                    const std::string& uid = kMppsUid) {
  auto association = of.associate();
  EXPECT_TRUE(association.open().ok());
  return association.n_create(net::sop_class::kMpps, uid, data);
}

net::NResult set(const RunningOrderFiller& of, const dicom::DicomDataset& data,
                 const std::string& uid = kMppsUid) {
  auto association = of.associate();
  EXPECT_TRUE(association.open().ok());
  return association.n_set(net::sop_class::kMpps, uid, data);
}

TEST(OrderFillerMpps, SpsStatusFollowsMppsAcrossAssociations) {
  RunningOrderFiller of;
  EXPECT_EQ(sps_status(of, "ACC001"), "SCHEDULED");
  EXPECT_EQ(create(of, mpps_in_progress("SPS001", "ACC001", "1.2.826.0.1.3680043.9.7156.1.1")).status,
            0x0000);
  EXPECT_EQ(sps_status(of, "ACC001"), "STARTED");
  EXPECT_EQ(set(of, mpps_final("COMPLETED")).status, 0x0000);
  EXPECT_EQ(sps_status(of, "ACC001"), "COMPLETED");
  EXPECT_EQ(sps_status(of, "ACC002"), "SCHEDULED");
}

TEST(OrderFillerMpps, RefusesSetOfAnUnknownInstance) {
  RunningOrderFiller of;
  EXPECT_EQ(set(of, mpps_final("COMPLETED")).status, 0x0112);
}

TEST(OrderFillerMpps, RefusesDuplicateCreateAndCreateInAFinalState) {
  RunningOrderFiller of;
  ASSERT_EQ(create(of, mpps_in_progress("SPS001", "ACC001", "")).status, 0x0000);
  EXPECT_EQ(create(of, mpps_in_progress("SPS001", "ACC001", "")).status, 0x0111);
  auto completed = mpps_in_progress("SPS002", "ACC002", "");
  completed.set(*dicom::Tag::parse("PerformedProcedureStepStatus"), "COMPLETED");
  EXPECT_EQ(create(of, completed, kMppsUid + ".2").status, 0x0106);
  EXPECT_EQ(sps_status(of, "ACC002"), "SCHEDULED");
}

TEST(OrderFillerMpps, RefusesAFinalStateWithoutPerformedSeries) {
  RunningOrderFiller of;
  ASSERT_EQ(create(of, mpps_in_progress("SPS001", "ACC001", "")).status, 0x0000);
  auto no_series = mpps_final("COMPLETED");
  no_series.set_sequence(*dicom::Tag::parse("PerformedSeriesSequence"), {});
  EXPECT_EQ(set(of, no_series).status, 0x0121);
  EXPECT_EQ(sps_status(of, "ACC001"), "STARTED");
}

TEST(OrderFillerMpps, RefusesSetAfterCompleted) {
  RunningOrderFiller of;
  ASSERT_EQ(create(of, mpps_in_progress("SPS001", "ACC001", "")).status, 0x0000);
  ASSERT_EQ(set(of, mpps_final("COMPLETED")).status, 0x0000);
  EXPECT_EQ(set(of, mpps_final("DISCONTINUED")).status, 0x0110);
  EXPECT_EQ(sps_status(of, "ACC001"), "COMPLETED");
}

TEST(OrderFillerMppsFault, AcceptNsetAfterCompletedAcceptsAndChangesTheSps) {
  RunningOrderFiller of({"mpps-accept-nset-after-completed"});
  ASSERT_EQ(create(of, mpps_in_progress("SPS001", "ACC001", "")).status, 0x0000);
  ASSERT_EQ(set(of, mpps_final("COMPLETED")).status, 0x0000);
  EXPECT_EQ(set(of, mpps_final("DISCONTINUED")).status, 0x0000);
  EXPECT_EQ(sps_status(of, "ACC001"), "DISCONTINUED");
}

TEST(OrderFillerMppsFault, IgnoreAnswersSuccessButTheSpsStaysScheduled) {
  RunningOrderFiller of({"mpps-ignore"});
  EXPECT_EQ(create(of, mpps_in_progress("SPS001", "ACC001", "")).status, 0x0000);
  EXPECT_EQ(set(of, mpps_final("COMPLETED")).status, 0x0000);
  EXPECT_EQ(sps_status(of, "ACC001"), "SCHEDULED");
}

}  // namespace
}  // namespace ihe::test
