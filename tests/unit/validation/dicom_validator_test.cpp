// One conformant data set and broken ones per DICOM rule family (types 1/2/1C/2C/not allowed, enumerated
// values, item counts, nested items, one-of, VR forms).
#include <gtest/gtest.h>

#include "tests/unit/validation/finding_matchers.h"
#include "tests/unit/validation/samples.h"
#include "validation/dicom_validator.h"

namespace ihe::validation {
namespace {

using dicom::Tag;
using reports::Severity;
using test::dataset_rules;
using test::expect_only;

std::vector<reports::Finding> check(const dicom::DicomDataset& ds, const std::string& transaction,
                                    const std::string& dataset) {
  return validate_dicom(ds, dataset_rules(transaction, dataset));
}

TEST(DicomValidator, ConformantSamplesHaveNoFindings) {
  EXPECT_EQ(test::all(check(test::mwl_item(), "RAD-5", "mwl-response")), " (none)");
  EXPECT_EQ(test::all(check(test::mpps_create(), "RAD-6", "mpps-n-create")), " (none)");
  EXPECT_EQ(test::all(check(test::mpps_set_completed(), "RAD-7", "mpps-n-set")), " (none)");
  EXPECT_EQ(test::all(check(test::sc_image(), "RAD-8", "image")), " (none)");
  EXPECT_EQ(test::all(check(test::stgcmt_request(), "RAD-10", "stgcmt-request")), " (none)");
  EXPECT_EQ(test::all(check(test::stgcmt_report(), "RAD-10", "stgcmt-report")), " (none)");
}

TEST(DicomValidator, WorklistItemWithoutStationAeIsAType1ErrorInsideTheItem) {
  auto ds = test::mwl_item();
  ds.mutable_items(Tag{0x0040, 0x0100})->front().erase(Tag{0x0040, 0x0001});
  expect_only(check(ds, "RAD-5", "mwl-response"), "(0040,0100)[1]/(0040,0001)", Severity::Error, "PS3.4",
              "K.6-1");
}

TEST(DicomValidator, WorklistResponseWithTwoStepsBreaksTheSingleItemRule) {
  auto ds = test::mwl_item();
  auto* items = ds.mutable_items(Tag{0x0040, 0x0100});
  items->push_back(items->front());
  const auto findings = check(ds, "RAD-5", "mwl-response");
  expect_only(findings, "(0040,0100)", Severity::Error, "PS3.4", "single Item");
  EXPECT_EQ(findings.front().actual, "2 items");
}

TEST(DicomValidator, WorklistWithoutStepDescriptionOrProtocolCodeBreaksTheOneOfRule) {
  auto ds = test::mwl_item();
  auto& sps = ds.mutable_items(Tag{0x0040, 0x0100})->front();
  sps.erase(Tag{0x0040, 0x0007});
  sps.erase(Tag{0x0040, 0x0008});
  expect_only(check(ds, "RAD-5", "mwl-response"), "(0040,0100)[1]/", Severity::Error, "PS3.4",
              "Protocol Code");
}

TEST(DicomValidator, MissingType2AttributeIsCaughtButAnEmptyOneIsFine) {
  auto ds = test::mwl_item();
  ds.set(Tag{0x0008, 0x0050}, "");
  EXPECT_EQ(test::all(check(ds, "RAD-5", "mwl-response")), " (none)");
  ds.erase(Tag{0x0008, 0x0050});
  expect_only(check(ds, "RAD-5", "mwl-response"), "(0008,0050)", Severity::Error, "PS3.4", "K.6-1");
}

TEST(DicomValidator, MppsCreatedCompletedBreaksTheInProgressRule) {
  auto ds = test::mpps_create();
  ds.set(Tag{0x0040, 0x0252}, "COMPLETED");
  const auto findings = check(ds, "RAD-6", "mpps-n-create");
  expect_only(findings, "(0040,0252)", Severity::Error, "PS3.4", "IN PROGRESS");
  EXPECT_EQ(findings.front().actual, "COMPLETED");
}

TEST(DicomValidator, MppsWithoutStudyUidInTheScheduledStepIsCaught) {
  auto ds = test::mpps_create();
  ds.mutable_items(Tag{0x0040, 0x0270})->front().set(Tag{0x0020, 0x000D}, "");
  expect_only(check(ds, "RAD-6", "mpps-n-create"), "(0040,0270)[1]/(0020,000D)", Severity::Error, "PS3.4",
              "F.7.2-1");
}

TEST(DicomValidator, CompletedNSetWithoutEndTimeBreaksTheFinalStateRule) {
  auto ds = test::mpps_set_completed();
  ds.erase(Tag{0x0040, 0x0251});
  expect_only(check(ds, "RAD-7", "mpps-n-set"), "(0040,0251)", Severity::Error, "PS3.4", "final state");
}

TEST(DicomValidator, InProgressNSetNeedsNoEndTime) {
  auto ds = test::mpps_set_completed();
  ds.set(Tag{0x0040, 0x0252}, "IN PROGRESS");
  ds.erase(Tag{0x0040, 0x0250});
  ds.erase(Tag{0x0040, 0x0251});
  ds.set_sequence(Tag{0x0040, 0x0340}, {});
  EXPECT_EQ(test::all(check(ds, "RAD-7", "mpps-n-set")), " (none)");
}

TEST(DicomValidator, CompletedNSetWithEmptyPerformedSeriesIsCaught) {
  auto ds = test::mpps_set_completed();
  ds.set_sequence(Tag{0x0040, 0x0340}, {});
  expect_only(check(ds, "RAD-7", "mpps-n-set"), "(0040,0340)", Severity::Error, "PS3.4", "final state");
}

TEST(DicomValidator, NSetResendingPatientNameIsNotAllowed) {
  auto ds = test::mpps_set_completed();
  ds.set(Tag{0x0010, 0x0010}, "SMITH^ALICE");
  expect_only(check(ds, "RAD-7", "mpps-n-set"), "(0010,0010)", Severity::Error, "PS3.4", "F.7.2-1");
}

TEST(DicomValidator, ImageWithUnknownModalityIsOnlyAWarning) {
  auto ds = test::sc_image();
  ds.set(Tag{0x0008, 0x0060}, "XX");
  expect_only(check(ds, "RAD-8", "image"), "(0008,0060)", Severity::Warning, "PS3.3", "defined terms");
}

TEST(DicomValidator, ValueThatDoesNotFitItsVrIsCaught) {
  auto ds = test::sc_image();
  ds.set(Tag{0x0020, 0x000D}, "1.02.3");
  expect_only(check(ds, "RAD-8", "image"), "(0020,000D)", Severity::Error, "PS3.5", "6.2-1");
}

TEST(DicomValidator, ReportWithNeitherCommittedNorFailedInstancesIsCaught) {
  auto ds = test::stgcmt_report();
  ds.erase(Tag{0x0008, 0x1199});
  expect_only(check(ds, "RAD-10", "stgcmt-report"), "(0008,1199) or (0008,1198)", Severity::Error, "PS3.4",
              "J.3.3");
}

TEST(DicomValidator, FailedInstanceWithoutReasonIsCaughtInItsItem) {
  auto ds = test::stgcmt_report();
  dicom::DicomDataset failed;
  failed.set(Tag{0x0008, 0x1150}, "1.2.840.10008.5.1.4.1.1.7").set(Tag{0x0008, 0x1155}, "1.2.3.4");
  ds.set_sequence(Tag{0x0008, 0x1198}, {failed});
  expect_only(check(ds, "RAD-10", "stgcmt-report"), "(0008,1198)[1]/(0008,1197)", Severity::Error, "PS3.4",
              "J.3.3");
}

}  // namespace
}  // namespace ihe::validation

namespace ihe::validation {
namespace {

dicom::DicomDataset ian() {
  dicom::DicomDataset sop;
  sop.set(Tag{0x0008, 0x1150}, "1.2.840.10008.5.1.4.1.1.7")
      .set(Tag{0x0008, 0x1155}, "1.2.3.4.5")
      .set(Tag{0x0008, 0x0056}, "ONLINE")
      .set(Tag{0x0008, 0x0054}, "PACS");
  dicom::DicomDataset series;
  series.set(Tag{0x0020, 0x000E}, "1.2.3.4").set_sequence(Tag{0x0008, 0x1199}, {sop});
  dicom::DicomDataset ds;
  ds.set_sequence(Tag{0x0008, 0x1111}, {})
      .set(Tag{0x0020, 0x000D}, "1.2.3")
      .set_sequence(Tag{0x0008, 0x1115}, {series});
  return ds;
}

TEST(DicomValidator, InstanceAvailabilityNotification) {
  EXPECT_EQ(test::all(validate_dicom(ian(), dataset_rules("RAD-49", "ian"))), " (none)");
  auto broken = ian();
  auto& sop = broken.mutable_items(Tag{0x0008, 0x1115})->front().mutable_items(Tag{0x0008, 0x1199})->front();
  sop.set(Tag{0x0008, 0x0056}, "SOMEWHERE");
  expect_only(validate_dicom(broken, dataset_rules("RAD-49", "ian")),
              "(0008,1115)[1]/(0008,1199)[1]/(0008,0056)", Severity::Error, "PS3.4", "R.3-1");
}

TEST(DicomValidator, StudyLevelQueryAnswer) {
  dicom::DicomDataset answer;
  answer.set(Tag{0x0008, 0x0052}, "STUDY")
      .set(Tag{0x0008, 0x0020}, "20240106")
      .set(Tag{0x0008, 0x0030}, "")
      .set(Tag{0x0008, 0x0050}, "ACC3003")
      .set(Tag{0x0010, 0x0010}, "SMITH^ALICE")
      .set(Tag{0x0010, 0x0020}, "PAT001")
      .set(Tag{0x0020, 0x0010}, "")
      .set(Tag{0x0020, 0x000D}, "1.2.3");
  const auto& rules = dataset_rules("RAD-14", "study-response");
  EXPECT_EQ(test::all(validate_dicom(answer, rules)), " (none)");
  answer.erase(Tag{0x0020, 0x0010});
  answer.set(Tag{0x0008, 0x0052}, "SERIES");
  const auto findings = validate_dicom(answer, rules);
  ASSERT_EQ(findings.size(), 2u) << test::all(findings);
  EXPECT_NE(test::at(findings, "(0008,0052)"), nullptr);
  EXPECT_NE(test::at(findings, "(0020,0010)"), nullptr);
}

}  // namespace
}  // namespace ihe::validation

namespace ihe::validation {
namespace {

TEST(DicomValidator, MoveIdentifierNeedsTheUniqueKeysDownToItsLevel) {
  const auto& rules = dataset_rules("RAD-16", "move-identifier");
  dicom::DicomDataset study;
  study.set(Tag{0x0008, 0x0052}, "STUDY").set(Tag{0x0020, 0x000D}, "1.2.3");
  EXPECT_EQ(test::all(validate_dicom(study, rules)), " (none)");
  dicom::DicomDataset series = study;
  series.set(Tag{0x0008, 0x0052}, "SERIES");
  expect_only(validate_dicom(series, rules), "(0020,000E)", Severity::Error, "PS3.4", "C.4.2.2.1");
  series.set(Tag{0x0020, 0x000E}, "1.2.3.4");
  EXPECT_EQ(test::all(validate_dicom(series, rules)), " (none)");
}

}  // namespace
}  // namespace ihe::validation
