// The HL7 checks on hand-made outcomes: ack-code alternatives, field-equals on the message or the answer,
// orc-pair.
#include <gtest/gtest.h>

#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

class Hl7Checks : public ::testing::Test {
 protected:
  std::vector<reports::Finding> check(const std::string& name,
                                      const std::map<std::string, std::string>& params) {
    return registry.find(name)->run({outcome, params});
  }

  CheckRegistry registry = standard_checks();
  StepOutcome outcome;
};

TEST_F(Hl7Checks, AckCodeAcceptsAnyListedCode) {
  outcome.values["ack-code"] = "AR";
  EXPECT_TRUE(check("ack-code", {{"expected", "AE|AR"}}).empty());
  const auto findings = check("ack-code", {});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].location, "MSA-1");
  EXPECT_EQ(findings[0].expected, "AA");
  EXPECT_EQ(findings[0].actual, "AR");
  outcome.values.erase("ack-code");
  EXPECT_EQ(check("ack-code", {})[0].actual, "(no MSA-1)");
}

TEST_F(Hl7Checks, FieldEqualsReadsTheMessageOrTheResponse) {
  outcome.values["message"] = "MSH|^~\\&|OF|H|IM|H|20260101||ADT^A08|1|P|2.5.1\rPID|||P1^^^H||NEW^NAME\r";
  outcome.values["response"] = "MSH|^~\\&|IM|H|OF|H|20260101||ACK^A08|2|P|2.5.1\rMSA|AE|1\r";
  EXPECT_TRUE(check("field-equals", {{"path", "PID-5"}, {"value", "NEW^NAME"}}).empty());
  EXPECT_EQ(check("field-equals", {{"path", "PID-5"}, {"value", "OLD^NAME"}})[0].actual, "NEW^NAME");
  EXPECT_TRUE(check("field-equals", {{"path", "MSA-1"}, {"value", "AE"}, {"in", "response"}}).empty());
  outcome.values.erase("message");
  EXPECT_EQ(check("field-equals", {{"path", "PID-5"}, {"value", "NEW^NAME"}})[0].actual, "(no message)");
}

TEST_F(Hl7Checks, OrcPairComparesControlAndStatus) {
  outcome.values["order-control"] = "NW";
  outcome.values["order-status"] = "SC";
  EXPECT_TRUE(check("orc-pair", {{"control", "NW"}, {"status", "SC"}}).empty());
  const auto findings = check("orc-pair", {{"control", "CA"}, {"status", "CA"}});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].expected, "CA/CA");
  EXPECT_EQ(findings[0].actual, "NW/SC");
}

}  // namespace
}  // namespace ihe::scenarios
