// The MPPS state rules of PS3.4 F.7.2 (RAD-6/RAD-7), without a network.
#include "actors/common/mpps/mpps_lifecycle.h"

#include <gtest/gtest.h>

namespace ihe::actors::mpps {
namespace {

const std::string kUid = "1.2.826.0.1.3680043.9.7156.10.1";

dicom::DicomDataset with_status(const std::string& pps_status) {
  dicom::DicomDataset data;
  data.set(dicom::Tag{0x0040, 0x0252}, dicom::Vr::CS, pps_status);
  return data;
}

dicom::DicomDataset final_set(const std::string& pps_status) {
  auto data = with_status(pps_status);
  data.set(dicom::Tag{0x0040, 0x0250}, dicom::Vr::DA, "20261128");
  data.set(dicom::Tag{0x0040, 0x0251}, dicom::Vr::TM, "101500");
  dicom::DicomDataset series;
  series.set(dicom::Tag{0x0020, 0x000E}, dicom::Vr::UI, "1.2.826.0.1.3680043.9.7156.10.2");
  data.set_sequence(dicom::Tag{0x0040, 0x0340}, {series});
  return data;
}

TEST(MppsLifecycle, CreatesAnInstanceInProgress) {
  MppsLifecycle rules;
  const auto outcome = rules.n_create(kUid, with_status("IN PROGRESS"));
  ASSERT_TRUE(outcome.accepted()) << outcome.reason;
  ASSERT_NE(rules.find(kUid), nullptr);
  EXPECT_EQ(rules.find(kUid)->status, PpsStatus::InProgress);
}

TEST(MppsLifecycle, RefusesCreateInAFinalState) {
  MppsLifecycle rules;
  EXPECT_EQ(rules.n_create(kUid, final_set("COMPLETED")).status, status::invalid_attribute_value);
  EXPECT_EQ(rules.find(kUid), nullptr);
}

TEST(MppsLifecycle, RefusesCreateWithoutOrWithAnUnknownStatus) {
  MppsLifecycle rules;
  EXPECT_EQ(rules.n_create(kUid, dicom::DicomDataset{}).status, status::missing_attribute);
  EXPECT_EQ(rules.n_create(kUid, with_status("")).status, status::missing_attribute_value);
  EXPECT_EQ(rules.n_create(kUid, with_status("STARTED")).status, status::invalid_attribute_value);
  EXPECT_EQ(rules.size(), 0u);
}

TEST(MppsLifecycle, RefusesADuplicateCreate) {
  MppsLifecycle rules;
  ASSERT_TRUE(rules.n_create(kUid, with_status("IN PROGRESS")).accepted());
  EXPECT_EQ(rules.n_create(kUid, with_status("IN PROGRESS")).status, status::duplicate_instance);
}

TEST(MppsLifecycle, RefusesSetOfAnUnknownInstance) {
  MppsLifecycle rules;
  EXPECT_EQ(rules.n_set(kUid, final_set("COMPLETED")).status, status::no_such_instance);
}

TEST(MppsLifecycle, CompletesWithEndDateTimeAndSeries) {
  MppsLifecycle rules;
  ASSERT_TRUE(rules.n_create(kUid, with_status("IN PROGRESS")).accepted());
  const auto outcome = rules.n_set(kUid, final_set("COMPLETED"));
  ASSERT_TRUE(outcome.accepted()) << outcome.reason;
  EXPECT_EQ(outcome.previous_status, PpsStatus::InProgress);
  EXPECT_EQ(outcome.instance->status, PpsStatus::Completed);
  EXPECT_EQ(rules.find(kUid)->attributes.string(dicom::Tag{0x0040, 0x0250}), "20261128");
}

TEST(MppsLifecycle, KeepsInProgressThroughIntermediateSets) {
  MppsLifecycle rules;
  ASSERT_TRUE(rules.n_create(kUid, with_status("IN PROGRESS")).accepted());
  dicom::DicomDataset description;
  description.set(dicom::Tag{0x0040, 0x0254}, dicom::Vr::LO, "CT HEAD");
  const auto outcome = rules.n_set(kUid, description);
  ASSERT_TRUE(outcome.accepted()) << outcome.reason;
  EXPECT_EQ(outcome.instance->status, PpsStatus::InProgress);
  EXPECT_EQ(outcome.instance->attributes.string(dicom::Tag{0x0040, 0x0254}), "CT HEAD");
}

TEST(MppsLifecycle, RefusesAFinalStateWithoutEndDateOrSeries) {
  MppsLifecycle rules;
  ASSERT_TRUE(rules.n_create(kUid, with_status("IN PROGRESS")).accepted());
  auto no_end = final_set("DISCONTINUED");
  no_end.erase(dicom::Tag{0x0040, 0x0250});
  EXPECT_EQ(rules.n_set(kUid, no_end).status, status::missing_attribute);
  auto no_series = final_set("COMPLETED");
  no_series.set_sequence(dicom::Tag{0x0040, 0x0340}, {});
  EXPECT_EQ(rules.n_set(kUid, no_series).status, status::missing_attribute_value);
  EXPECT_EQ(rules.find(kUid)->status, PpsStatus::InProgress);
  EXPECT_FALSE(rules.find(kUid)->attributes.contains(dicom::Tag{0x0040, 0x0340}));
}

TEST(MppsLifecycle, RefusesSetAfterAFinalState) {
  MppsLifecycle rules;
  ASSERT_TRUE(rules.n_create(kUid, with_status("IN PROGRESS")).accepted());
  ASSERT_TRUE(rules.n_set(kUid, final_set("COMPLETED")).accepted());
  EXPECT_EQ(rules.n_set(kUid, final_set("DISCONTINUED")).status, status::may_no_longer_be_updated);
  EXPECT_EQ(rules.find(kUid)->status, PpsStatus::Completed);
}

TEST(MppsLifecycle, AcceptsSetAfterAFinalStateOnlyWhenTheFaultAsksForIt) {
  MppsLifecycle rules(MppsRules{.accept_set_after_final = true});
  ASSERT_TRUE(rules.n_create(kUid, with_status("IN PROGRESS")).accepted());
  ASSERT_TRUE(rules.n_set(kUid, final_set("COMPLETED")).accepted());
  EXPECT_TRUE(rules.n_set(kUid, final_set("DISCONTINUED")).accepted());
  EXPECT_EQ(rules.find(kUid)->status, PpsStatus::Discontinued);
}

TEST(PpsStatusText, ParsesTheDefinedTermsWithCsPadding) {
  EXPECT_EQ(parse_pps_status("IN PROGRESS"), PpsStatus::InProgress);
  EXPECT_EQ(parse_pps_status("COMPLETED "), PpsStatus::Completed);
  EXPECT_EQ(parse_pps_status("completed"), std::nullopt);
}

}  // namespace
}  // namespace ihe::actors::mpps
