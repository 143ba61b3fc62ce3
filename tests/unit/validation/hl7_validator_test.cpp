// One conformant message and one broken one per HL7 rule family; each broken message is caught at the right
// location with the right citation and severity.
#include <gtest/gtest.h>

#include "tests/unit/validation/finding_matchers.h"
#include "tests/unit/validation/samples.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

using reports::Severity;
using test::data_message;
using test::expect_only;
using test::hl7_rules;

std::vector<reports::Finding> check(const std::string& transaction, const hl7::Message& message) {
  return validate_hl7(message, hl7_rules(transaction));
}

TEST(Hl7Validator, ConformantSamplesHaveNoFindings) {
  EXPECT_EQ(test::all(check("RAD-1", data_message("rad-001-adt-a04.hl7"))), " (none)");
  EXPECT_EQ(test::all(check("RAD-4", data_message("rad-004-omi-o23.hl7"))), " (none)");
  EXPECT_EQ(test::all(check("RAD-12", data_message("rad-012-adt-a40.hl7"))), " (none)");
  EXPECT_EQ(test::all(check("RAD-13", data_message("rad-013-omi-o23.hl7"))), " (none)");
}

TEST(Hl7Validator, MessageTypeOutsideTheTransactionIsAnErrorAtMsh9) {
  expect_only(check("RAD-4", data_message("rad-001-adt-a04.hl7")), "MSH-9", Severity::Error, "RAD TF-2",
              "4.4.4.1");
}

TEST(Hl7Validator, StructureThatDoesNotMatchTheTriggerIsCaughtAtMsh93) {
  auto message = data_message("rad-001-adt-a04.hl7");
  message.set("MSH-9.3", "ADT_A05");
  expect_only(check("RAD-1", message), "MSH-9.3", Severity::Error, "HL7 v2.5.1", "3.3");
}

TEST(Hl7Validator, MshVersionBelow251IsAnError) {
  auto message = data_message("rad-004-omi-o23.hl7");
  message.set("MSH-12", "2.3.1");
  expect_only(check("RAD-4", message), "MSH-12", Severity::Error, "HL7 v2.5.1", "0104");
}

TEST(Hl7Validator, MshAcknowledgementFieldsAreNotSupported) {
  auto message = data_message("rad-004-omi-o23.hl7");
  message.set("MSH-15", "AL");
  expect_only(check("RAD-4", message), "MSH-15", Severity::Error, "RAD TF-2", "original acknowledgement");
}

TEST(Hl7Validator, MessageDateThatIsNoTimestampIsCaught) {
  auto message = data_message("rad-001-adt-a04.hl7");
  message.set("MSH-7", "2024-01-05");
  expect_only(check("RAD-1", message), "MSH-7", Severity::Error, "RAD TF-2", "MSH");
}

TEST(Hl7Validator, MissingAssigningAuthorityIsAWarningWhileItsSourceIsUnverified) {
  auto message = data_message("rad-001-adt-a04.hl7");
  message.set_er7("PID-3[2]", "NAT900^^^^NI");
  const auto findings = check("RAD-1", message);
  expect_only(findings, "PID-3[2].4", Severity::Warning, "ITI TF-2", "PID-3");
  EXPECT_FALSE(findings.front().message.find("not yet verified") == std::string::npos);
}

TEST(Hl7Validator, SexOutsideTable0001IsCaught) {
  auto message = data_message("rad-001-adt-a04.hl7");
  message.set("PID-8", "X");
  const auto findings = check("RAD-1", message);
  expect_only(findings, "PID-8", Severity::Error, "HL7 v2.5.1", "0001");
  EXPECT_EQ(findings.front().actual, "X");
}

TEST(Hl7Validator, ProcedureUpdateXoWithEmptyOrc5IsCaughtAtOrc5) {
  // dcm4chee #2849: a commercial Order Filler sent XO with an empty ORC-5.
  auto message = data_message("rad-013-omi-o23.hl7");
  message.set("ORC-5", "");
  const auto findings = check("RAD-13", message);
  ASSERT_EQ(findings.size(), 2u) << test::all(findings);  // ORC-5 usage R and the pair rule
  for (const auto& f : findings) {
    EXPECT_EQ(f.location, "ORC-5");
    EXPECT_EQ(f.severity, Severity::Error);
  }
  EXPECT_NE(findings.back().spec_ref.section.find("Table 4.13-1"), std::string::npos);
  EXPECT_EQ(findings.back().actual, "XO/(empty)");
}

TEST(Hl7Validator, ScheduledWithTheUpdatePairIsCaught) {
  auto message = data_message("rad-004-omi-o23.hl7");
  message.set("ORC-1", "XO");
  message.set("ORC-5", "CM");
  expect_only(check("RAD-4", message), "ORC-1", Severity::Error, "RAD TF-2", "Table 4.13-1");
}

TEST(Hl7Validator, MissingIpcIsASegmentGrammarError) {
  auto message = data_message("rad-013-omi-o23.hl7");
  message.segments().pop_back();
  expect_only(check("RAD-13", message), "IPC", Severity::Error, "HL7 v2.5.1", "OMI");
}

TEST(Hl7Validator, SegmentOutOfOrderIsReportedWhereItStands) {
  auto message = data_message("rad-001-adt-a04.hl7");
  std::swap(message.segments()[1], message.segments()[2]);  // PID before EVN
  const auto findings = check("RAD-1", message);
  // MSH PID EVN PV1: PID cannot stand before EVN and is then missing after it; EVN itself is in place.
  ASSERT_EQ(findings.size(), 2u) << test::all(findings);
  EXPECT_EQ(findings[0].location, "PID");
  EXPECT_NE(findings[0].message.find("position 2) is not allowed here"), std::string::npos);
  EXPECT_EQ(findings[1].location, "PID");
  EXPECT_NE(findings[1].message.find("missing before PV1"), std::string::npos);
  for (const auto& f : findings) EXPECT_EQ(f.severity, Severity::Error);
}

TEST(Hl7Validator, SecondRequestedProcedureInOneOmiBreaksTheIheCardinality) {
  // IHE allows one ORC-TQ1-OBR group per OMI (RAD TF-2 4.4.4.1.2.2); HL7 itself repeats the group.
  auto message = data_message("rad-004-omi-o23.hl7");
  auto& segments = message.segments();
  const std::vector<hl7::Segment> order(segments.begin() + 3, segments.end());
  segments.insert(segments.end(), order.begin(), order.end());
  const auto findings = check("RAD-4", message);
  ASSERT_EQ(findings.size(), 3u) << test::all(findings);
  for (const auto& f : findings) EXPECT_NE(f.spec_ref.section.find("one ORC-TQ1-OBR"), std::string::npos);
  EXPECT_EQ(findings[0].location, "ORC");
  EXPECT_EQ(findings[0].actual, "2");
}

TEST(Hl7Validator, MergeWithoutPriorIdentifierIsCaughtAtMrg1) {
  auto message = data_message("rad-012-adt-a40.hl7");
  message.set_er7("MRG-1", "");
  const auto findings = check("RAD-12", message);
  ASSERT_GE(findings.size(), 1u);
  EXPECT_EQ(findings.front().location, "MRG-1[1]") << test::all(findings);
  EXPECT_EQ(findings.front().severity, Severity::Error);
}

TEST(Hl7Validator, AccessionLongerThanDicomShIsAWarning) {
  auto message = data_message("rad-004-omi-o23.hl7");
  message.set("IPC[2]-1.1", "ACC-0123456789-XYZ");
  message.set("IPC-1.1", "ACC-0123456789-XYZ");
  const auto findings = check("RAD-4", message);
  ASSERT_EQ(findings.size(), 2u) << test::all(findings);
  EXPECT_EQ(findings[0].location, "IPC-1.1");
  EXPECT_EQ(findings[1].location, "IPC[2]-1.1");
  EXPECT_EQ(findings[0].severity, Severity::Warning);
  EXPECT_EQ(findings[0].spec_ref.document, "PS3.5");
}

TEST(Hl7Validator, StudyUidThatIsNoDicomUidIsCaught) {
  auto message = data_message("rad-004-omi-o23.hl7");
  message.set("IPC[2]-3.1", "1.2.03.x");
  expect_only(check("RAD-4", message), "IPC[2]-3.1", Severity::Error, "RAD TF-2", "IPC");
}

TEST(Hl7Validator, AppointmentNotificationRulesAreUnverifiedSoTheyOnlyWarn) {
  auto message = data_message("rad-048-siu-s12.hl7");
  EXPECT_EQ(test::all(check("RAD-48", message)), " (none)");
  message.set_er7("SCH-2", "");
  message.segments().pop_back();  // RGS without AIS is still grammatical
  message.segments().pop_back();  // no RGS at all is not
  const auto findings = check("RAD-48", message);
  ASSERT_EQ(findings.size(), 2u) << test::all(findings);
  for (const auto& f : findings) EXPECT_EQ(f.severity, Severity::Warning) << f.to_string();
  EXPECT_NE(test::at(findings, "RGS"), nullptr) << test::all(findings);
  EXPECT_NE(test::at(findings, "SCH-2"), nullptr) << test::all(findings);
}

TEST(Hl7Validator, LegacySwfOrderNeedsItsZdsStudyUid) {
  const auto* rules = test::rules().hl7_rules("SWF", "RAD-4");
  ASSERT_NE(rules, nullptr);
  auto message = data_message("swf-rad-004-orm-o01.hl7");
  EXPECT_EQ(test::all(validate_hl7(message, *rules)), " (none)");
  message.segments().pop_back();
  expect_only(validate_hl7(message, *rules), "ZDS", Severity::Error, "RAD TF-2", "ZDS");
}

}  // namespace
}  // namespace ihe::validation
