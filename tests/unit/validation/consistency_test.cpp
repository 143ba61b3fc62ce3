// Cross-message rules over one procedure's messages: RAD-4 -> worklist item -> MPPS / image, storage
// commitment request vs report, completed MPPS vs stored images.
#include <gtest/gtest.h>

#include "tests/unit/validation/finding_matchers.h"
#include "tests/unit/validation/samples.h"
#include "validation/consistency.h"

namespace ihe::validation {
namespace {

using dicom::Tag;
using reports::Severity;
using test::expect_only;

std::vector<RecordedMessage> procedure() {
  dicom::DicomDataset answer;
  answer.set(Tag{0x0008, 0x0052}, "STUDY")
      .set(Tag{0x0020, 0x000D}, "1.2.826.0.1.3680043.2.1125.1.1")
      .set(Tag{0x0010, 0x0010}, "SMITH^ALICE")
      .set(Tag{0x0010, 0x0020}, "PAT001")
      .set(Tag{0x0008, 0x0050}, "ACC3003")
      .set(Tag{0x0008, 0x0020}, "20240106")
      .set(Tag{0x0008, 0x0030}, "")
      .set(Tag{0x0020, 0x0010}, "RP4004");
  return {{"rad-002.hl7", "order", test::data_message("rad-002-omg-o19.hl7"), {}},
          {"rad-004.hl7", "rad-4", test::data_message("rad-004-omi-o23.hl7"), {}},
          {"rad-014.dcm", "query", std::nullopt, answer},
          {"rad-005.dcm", "mwl", std::nullopt, test::mwl_item()},
          {"rad-006.dcm", "mpps-create", std::nullopt, test::mpps_create()},
          {"rad-007.dcm", "mpps-set", std::nullopt, test::mpps_set_completed()},
          {"rad-008.dcm", "image", std::nullopt, test::sc_image()},
          {"rad-010-request.dcm", "stgcmt-request", std::nullopt, test::stgcmt_request()},
          {"rad-010-report.dcm", "stgcmt-report", std::nullopt, test::stgcmt_report()}};
}

std::vector<reports::Finding> check(const std::vector<RecordedMessage>& messages) {
  return check_consistency(messages, *test::rules().copy_rules("SWF.b"));
}

RecordedMessage& kind(std::vector<RecordedMessage>& messages, const std::string& wanted) {
  for (auto& m : messages)
    if (m.kind == wanted) return m;
  throw std::runtime_error("no " + wanted);
}

TEST(Consistency, OneConsistentProcedureHasNoFindings) {
  EXPECT_EQ(test::all(check(procedure())), " (none)");
}

TEST(Consistency, WorklistStudyUidDifferentFromRad4IsCaught) {
  // MESA evaluate_mwl_suid: the MWL Study Instance UID equals IPC-3 of the RAD-4 for that procedure.
  auto messages = procedure();
  kind(messages, "mwl").dataset.set(Tag{0x0020, 0x000D}, "1.2.3.999");
  const auto findings = check(messages);
  const auto* f = test::at(findings, "rad-005.dcm (0020,000D)");
  ASSERT_NE(f, nullptr) << test::all(findings);
  EXPECT_EQ(f->severity, Severity::Error);
  EXPECT_EQ(f->actual, "1.2.3.999");
  EXPECT_NE(f->expected.find("1.2.826.0.1.3680043.2.1125.1.1"), std::string::npos);
  EXPECT_NE(f->spec_ref.section.find("IPC -> MWL"), std::string::npos);
}

TEST(Consistency, ImageWithoutTheWorklistAccessionIsCaught) {
  auto messages = procedure();
  kind(messages, "image").dataset.set(Tag{0x0008, 0x0050}, "");
  const auto findings = check(messages);
  expect_only(findings, "rad-008.dcm (0008,0050)", Severity::Error, "RAD TF-2", "Appendix A");
  EXPECT_EQ(findings.front().actual, "");
}

TEST(Consistency, MppsWithoutTheScheduledStepIdIsCaught) {
  auto messages = procedure();
  kind(messages, "mpps-create")
      .dataset.mutable_items(Tag{0x0040, 0x0270})
      ->front()
      .erase(Tag{0x0040, 0x0009});
  expect_only(check(messages), "rad-006.dcm (0040,0270)[1]/(0040,0009)", Severity::Error, "RAD TF-2",
              "Appendix A");
}

TEST(Consistency, PerformedStationOtherThanScheduledIsOnlyAWarning) {
  auto messages = procedure();
  kind(messages, "mpps-create").dataset.set(Tag{0x0040, 0x0241}, "OTHERSCANNER");
  expect_only(check(messages), "rad-006.dcm (0040,0241)", Severity::Warning, "RAD TF-2", "Appendix A");
}

TEST(Consistency, CommitmentReportLeavingOutARequestedInstanceIsCaught) {
  auto messages = procedure();
  kind(messages, "stgcmt-report").dataset.set_sequence(Tag{0x0008, 0x1199}, {});
  const auto findings = check(messages);
  expect_only(findings, "rad-010-report.dcm (0008,1199)", Severity::Error, "PS3.4", "J.3.3.1.2");
  EXPECT_NE(findings.front().expected.find("1.2.826.0.1.3680043.2.1125.1.3"), std::string::npos);
}

TEST(Consistency, CommitmentReportForAnotherTransactionIsCaught) {
  auto messages = procedure();
  kind(messages, "stgcmt-report").dataset.set(Tag{0x0008, 0x1195}, "1.2.3.4.5");
  expect_only(check(messages), "rad-010-report.dcm (0008,1195)", Severity::Error, "PS3.4", "J.3.3");
}

TEST(Consistency, CompletedMppsNotListingAStoredImageIsCaught) {
  auto messages = procedure();
  auto& series = kind(messages, "mpps-set").dataset.mutable_items(Tag{0x0040, 0x0340})->front();
  series.set_sequence(Tag{0x0008, 0x1140}, {});
  expect_only(check(messages), "rad-007.dcm (0040,0340)", Severity::Error, "PS3.4", "F.7.2-1");
}

TEST(Consistency, ScheduledOrderThatLostThePatientIdOfTheOrderIsCaught) {
  auto messages = procedure();
  kind(messages, "rad-4").hl7->set("PID-3.1", "PAT002");
  const auto findings = check(messages);
  // Related to the order by placer order number, to the worklist item by Study UID: both disagree.
  ASSERT_NE(test::at(findings, "rad-004.hl7 PID-3.1"), nullptr) << test::all(findings);
  ASSERT_NE(test::at(findings, "rad-005.dcm (0010,0020)"), nullptr) << test::all(findings);
  EXPECT_EQ(test::at(findings, "rad-004.hl7 PID-3.1")->actual, "PAT002");
}

TEST(Consistency, QueryAnswerWithAnotherPatientIdThanTheStoredImageIsCaught) {
  auto messages = procedure();
  kind(messages, "query").dataset.set(Tag{0x0010, 0x0020}, "OLDID");
  expect_only(check(messages), "rad-014.dcm (0010,0020)", Severity::Error, "RAD TF-2", "4.14");
}

TEST(Consistency, MessagesOfAnotherStudyAreNotCompared) {
  auto messages = procedure();
  auto second_mwl = test::mwl_item();
  second_mwl.set(Tag{0x0020, 0x000D}, "1.2.3.77").set(Tag{0x0008, 0x0050}, "OTHER");
  messages.push_back({"rad-005-b.dcm", "mwl", std::nullopt, second_mwl});
  const auto findings = check(messages);
  // The image and MPPS relate to the first item by Study UID; only the second item's own RAD-4 copy differs.
  ASSERT_EQ(findings.size(), 0u) << test::all(findings);
}

}  // namespace
}  // namespace ihe::validation

namespace ihe::validation {
namespace {

TEST(RecordedValidation, EachMessageIsCheckedAgainstItsOwnTransaction) {
  auto messages = procedure();
  EXPECT_EQ(test::all(validate_recorded(messages, test::rules(), "SWF.b")), " (none)");
  kind(messages, "mpps-create").dataset.set(dicom::Tag{0x0040, 0x0252}, "COMPLETED");
  kind(messages, "rad-4").hl7->set("ORC-5", "CM");
  const auto findings = validate_recorded(messages, test::rules(), "SWF.b");
  ASSERT_EQ(findings.size(), 2u) << test::all(findings);
  EXPECT_EQ(findings[0].location, "rad-004.hl7 ORC-5");
  EXPECT_EQ(findings[1].location, "rad-006.dcm (0040,0252)");
}

}  // namespace
}  // namespace ihe::validation
