// The checks the order-filler scenarios added, on hand-made outcomes: field-present on an acknowledgement's
// ERR segment, matches-path-equal on a worklist item's SPS Sequence item.
#include <gtest/gtest.h>

#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

class OrderFillerChecks : public ::testing::Test {
 protected:
  std::vector<reports::Finding> check(const std::string& name,
                                      const std::map<std::string, std::string>& params) {
    return registry.find(name)->run({outcome, params});
  }

  static dicom::DicomDataset worklist_item(const std::string& sps_id) {
    dicom::DicomDataset step;
    step.set(*dicom::Tag::parse("ScheduledProcedureStepID"), sps_id);
    dicom::DicomDataset item;
    item.set_sequence(*dicom::Tag::parse("ScheduledProcedureStepSequence"), {step});
    return item;
  }

  CheckRegistry registry = standard_checks();
  StepOutcome outcome;
};

TEST_F(OrderFillerChecks, FieldPresentWantsAValueInTheNamedMessage) {
  outcome.values["response"] =
      "MSH|^~\\&|OF|H|OP|H|20260101||ACK^O19|2|P|2.5.1\rMSA|AE|1\rERR|||101^Required^HL70357|E\r";
  EXPECT_TRUE(check("field-present", {{"path", "ERR-3"}, {"in", "response"}}).empty());
  outcome.values["response"] = "MSH|^~\\&|OF|H|OP|H|20260101||ACK^O19|2|P|2.5.1\rMSA|AA|1\r";
  const auto findings = check("field-present", {{"path", "ERR-3"}, {"in", "response"}});
  ASSERT_EQ(findings.size(), 1u);
  EXPECT_EQ(findings[0].location, "ERR-3");
  EXPECT_EQ(findings[0].actual, "(empty or absent)");
  EXPECT_EQ(check("field-present", {{"path", "ERR-3"}})[0].actual, "(no message)");
}

TEST_F(OrderFillerChecks, MatchesPathEqualReadsEveryMatchAtThePath) {
  const std::map<std::string, std::string> params{{"path", "(0040,0100)[0]/(0040,0009)"}, {"value", "S1"}};
  outcome.datasets["matches"] = {worklist_item("S1")};
  EXPECT_TRUE(check("matches-path-equal", params).empty());
  outcome.datasets["matches"].push_back(worklist_item("S2"));
  outcome.datasets["matches"].push_back(dicom::DicomDataset{});
  const auto findings = check("matches-path-equal", params);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0].location, "match 2 (0040,0100)[0]/(0040,0009)");
  EXPECT_EQ(findings[0].actual, "S2");
  EXPECT_EQ(findings[1].actual, "(absent)");
}

}  // namespace
}  // namespace ihe::scenarios
