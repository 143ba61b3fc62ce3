#include <gtest/gtest.h>

#include "actors/image_manager/mpps_records.h"

namespace ihe::actors::image_manager {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kPpsStatus{0x0040, 0x0252};

DicomDataset with_status(std::string_view status) {
  DicomDataset mpps;
  mpps.set(kPpsStatus, Vr::CS, status);
  return mpps;
}

DicomDataset final_set(std::string_view status) {
  DicomDataset series, set = with_status(status);
  series.set({0x0020, 0x000E}, Vr::UI, "2.25.1");
  set.set({0x0040, 0x0250}, Vr::DA, "20261128").set({0x0040, 0x0251}, Vr::TM, "1200");
  set.set_sequence({0x0040, 0x0340}, {series});
  return set;
}

TEST(MppsRecords, CreateNeedsInProgress) {  // PS3.4 F.7.2.1.2
  MppsRecords records({});
  EXPECT_EQ(records.create("1", DicomDataset{}).status, 0x0120);
  EXPECT_EQ(records.create("1", with_status("COMPLETED")).status, 0x0106);
  EXPECT_EQ(records.create("1", with_status("IN PROGRESS")).status, 0x0000);
  EXPECT_EQ(records.create("1", with_status("IN PROGRESS")).status, 0x0111);
  EXPECT_TRUE(records.find("1").has_value());
}

TEST(MppsRecords, SetUnknownInstanceIs0112) {
  MppsRecords records({});
  EXPECT_EQ(records.set("9", final_set("COMPLETED")).status, 0x0112);
}

TEST(MppsRecords, SetWhileInProgressMergesAttributes) {
  MppsRecords records({});
  records.create("1", with_status("IN PROGRESS"));
  DicomDataset update = with_status("IN PROGRESS");
  update.set({0x0040, 0x0254}, Vr::LO, "CHEST");
  EXPECT_EQ(records.set("1", update).status, 0x0000);
  EXPECT_EQ(records.find("1")->attributes.string({0x0040, 0x0254}), "CHEST");
}

TEST(MppsRecords, FinalStatusNeedsEndDateTimeAndPerformedSeries) {  // PS3.4 F.7.2-1 notes
  MppsRecords records({});
  records.create("1", with_status("IN PROGRESS"));
  DicomDataset no_time = final_set("DISCONTINUED");
  no_time.erase({0x0040, 0x0251});
  EXPECT_EQ(records.set("1", no_time).status, 0x0120);
  DicomDataset empty_time = final_set("DISCONTINUED");
  empty_time.set({0x0040, 0x0251}, Vr::TM, "");
  EXPECT_EQ(records.set("1", empty_time).status, 0x0121);
  DicomDataset no_series = final_set("COMPLETED");
  no_series.set_sequence({0x0040, 0x0340}, {});
  EXPECT_EQ(records.set("1", no_series).status, 0x0121);
  EXPECT_EQ(records.find("1")->status, mpps::PpsStatus::InProgress);  // refused N-SETs changed nothing
  const auto done = records.set("1", final_set("COMPLETED"));
  EXPECT_EQ(done.status, 0x0000);
  EXPECT_EQ(done.previous_status, mpps::PpsStatus::InProgress);
  EXPECT_EQ(done.instance->status, mpps::PpsStatus::Completed);
}

TEST(MppsRecords, FrozenAfterCompletedOrDiscontinued) {  // PS3.4 F.7.2.2.3
  for (std::string_view final_status : {"COMPLETED", "DISCONTINUED"}) {
    MppsRecords records({});
    records.create("1", with_status("IN PROGRESS"));
    ASSERT_EQ(records.set("1", final_set(final_status)).status, 0x0000);
    EXPECT_EQ(records.set("1", with_status("IN PROGRESS")).status, 0x0110);
    MppsRecords faulty({.accept_set_after_final = true});  // the fault switch's path
    faulty.create("1", with_status("IN PROGRESS"));
    ASSERT_EQ(faulty.set("1", final_set(final_status)).status, 0x0000);
    EXPECT_EQ(faulty.set("1", final_set(final_status)).status, 0x0000);
  }
}

TEST(MppsRecords, UnknownStatusValueIs0106) {
  MppsRecords records({});
  records.create("1", with_status("IN PROGRESS"));
  EXPECT_EQ(records.set("1", with_status("FINISHED")).status, 0x0106);
}

}  // namespace
}  // namespace ihe::actors::image_manager
