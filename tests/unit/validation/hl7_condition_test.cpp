// Usage C fields (HL7 v2.5.1 2.B.7.4): required while their condition predicate holds. One conformant and
// one broken message per condition kind; the shipped rules whose condition the digest leaves unverified
// warn only.
#include <gtest/gtest.h>

#include "tests/unit/validation/finding_matchers.h"
#include "tests/unit/validation/samples.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

using reports::Severity;
using test::data_message;
using test::expect_only;

std::vector<reports::Finding> check(const std::string& transaction, const hl7::Message& message) {
  return validate_hl7(message, test::hl7_rules(transaction));
}

TEST(Hl7Condition, NonAsciiTextNeedsMsh18) {
  auto message = data_message("rad-001-adt-a04.hl7");
  message.set("PID-5.1", "M\xC3\x9CLLER");
  const auto findings = check("RAD-1", message);
  expect_only(findings, "MSH-18", Severity::Error, "RAD TF-2", "MSH");
  EXPECT_NE(findings.front().expected.find("non-ascii"), std::string::npos) << test::all(findings);

  message.set("MSH-18", "UNICODE UTF-8");
  EXPECT_EQ(test::all(check("RAD-1", message)), " (none)");
}

TEST(Hl7Condition, InpatientWithoutLocationWarnsAtPv13WhileTheConditionIsUnverified) {
  auto message = data_message("rad-001-adt-a04.hl7");
  message.set("PV1-2", "I");
  EXPECT_EQ(test::all(check("RAD-1", message)), " (none)");  // the sample has PV1-3 and PV1-19

  message.set_er7("PV1-3", "");
  const auto findings = check("RAD-1", message);
  expect_only(findings, "PV1-3", Severity::Warning, "RAD TF-2", "PV1");
  EXPECT_NE(findings.front().message.find("PV1-2 = I or MSH-9.2 = A01"), std::string::npos);
}

TEST(Hl7Condition, EitherDisjunctIsEnough) {
  auto message = data_message("rad-001-adt-a04.hl7");
  message.set_er7("PV1-3", "");
  EXPECT_EQ(test::all(check("RAD-1", message)), " (none)");  // outpatient A04: condition false
  message.set("MSH-9.2", "A01");
  message.set("EVN-1", "A01");
  expect_only(check("RAD-1", message), "PV1-3", Severity::Warning, "RAD TF-2", "PV1");
}

TEST(Hl7Condition, InpatientNeedsAnAdmissionIdFromPv119OrPid18) {
  auto message = data_message("rad-004-omi-o23.hl7");  // no PID-18, no PV1-19
  EXPECT_EQ(test::all(check("RAD-4", message)), " (none)");
  message.set("PV1-2", "I");
  message.set("PV1-3.1", "WARD1");
  const auto findings = check("RAD-4", message);
  ASSERT_EQ(findings.size(), 2u) << test::all(findings);
  EXPECT_EQ(findings[0].location, "PID-18");
  EXPECT_EQ(findings[1].location, "PV1-19");
  for (const auto& f : findings) EXPECT_EQ(f.severity, Severity::Warning) << f.to_string();

  message.set("PV1-19", "VIS42");
  EXPECT_EQ(test::all(check("RAD-4", message)), " (none)");
}

// The kinds no shipped rule uses yet (present, !=) and the per-occurrence reading, on a rule built here.
profiles::MessageRules rules_with(const std::string& path, const std::string& condition) {
  profiles::MessageRules rules = test::hl7_rules("RAD-4").messages.front();
  rules.fields.clear();
  profiles::FieldRule rule;
  const auto ref = profiles::FieldRef::parse(path);
  rule.segment = ref->segment;
  rule.field = ref->field;
  rule.usage = profiles::Usage::C;
  rule.condition = profiles::Hl7Condition::parse(condition);
  rule.meta.spec = {"TEST", "condition", reports::Strength::Shall};
  rules.fields.push_back(rule);
  return rules;
}

std::vector<reports::Finding> fields_of(const hl7::Message& message, const profiles::MessageRules& rules) {
  std::vector<reports::Finding> out;
  check_fields(message, rules, out);
  return out;
}

TEST(Hl7Condition, PresentIsReadInTheSameSegmentOccurrence) {
  const auto rules = rules_with("IPC-8", "present IPC-7");
  auto message = data_message("rad-004-omi-o23.hl7");  // both IPCs have IPC-7, neither IPC-8
  const auto findings = fields_of(message, rules);
  ASSERT_EQ(findings.size(), 2u) << test::all(findings);
  EXPECT_EQ(findings[0].location, "IPC-8");
  EXPECT_EQ(findings[1].location, "IPC[2]-8");
  EXPECT_EQ(findings[1].severity, Severity::Error);

  message.set("IPC-8", "ROOM1");
  message.set("IPC[2]-7", "");
  EXPECT_EQ(test::all(fields_of(message, rules)), " (none)");
}

TEST(Hl7Condition, NoneOfHoldsForAnyOtherValue) {
  const auto rules = rules_with("ORC-12", "ORC-1 != CA|DC");
  auto message = data_message("rad-004-omi-o23.hl7");  // ORC-1 NW, no ORC-12
  expect_only(fields_of(message, rules), "ORC-12", Severity::Error, "TEST", "condition");
  message.set("ORC-1", "CA");
  EXPECT_EQ(test::all(fields_of(message, rules)), " (none)");
  message.set("ORC-1", "NW");
  message.set("ORC-12", "1234^ORDERING^OLGA");
  EXPECT_EQ(test::all(fields_of(message, rules)), " (none)");
}

}  // namespace
}  // namespace ihe::validation
