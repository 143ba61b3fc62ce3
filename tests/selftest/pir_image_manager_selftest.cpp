// The PIR scenarios of the image-manager library (PIR-IM-*) against our own Image Manager with its HL7
// listener, in-process on free ports: conformant, every one passes; with an HL7 fault switched on, the
// scenario exercising it fails citing the requirement it breaks.
#include <gtest/gtest.h>

#include "tests/selftest/selftest_harness.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;
using selftest::describe;
using selftest::FaultCase;

class PirImageManagerSelftest : public ::testing::Test {
 protected:
  void SetUp() override { statement_.claims = {{"PIR", "IM", ""}}; }
  void start_image_manager(const std::vector<std::string>& faults) { harness_.start(faults); }
  reports::RunReport run_selected(const std::string& glob) { return harness_.run_selected({{glob}, {}}); }

  selftest::SelftestHarness harness_{"image-manager"};
  reports::IntegrationStatement& statement_ = harness_.statement;
};

TEST_F(PirImageManagerSelftest, EveryPirScenarioPassesAgainstOurConformantImageManager) {
  start_image_manager({});
  const auto report = run_selected("PIR-IM-*");
  ASSERT_EQ(report.scenarios.size(), 7u);
  for (const auto& s : report.scenarios) EXPECT_EQ(s.verdict, Verdict::Pass) << describe(s);
  ASSERT_EQ(report.claims.size(), 1u);
  EXPECT_EQ(report.claims[0].verdict, Verdict::Pass);
}

class PirImageManagerFault : public PirImageManagerSelftest,
                             public ::testing::WithParamInterface<FaultCase> {};

TEST_P(PirImageManagerFault, TheScenarioExercisingTheFaultFailsCitingTheBrokenRequirement) {
  start_image_manager({GetParam().fault});
  const auto report = run_selected(GetParam().scenario);
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& s = report.scenarios[0];
  EXPECT_NE(s.verdict, Verdict::Pass) << describe(s);
  EXPECT_GE(selftest::findings_citing(s, GetParam().section), 1u) << describe(s);
}

INSTANTIATE_TEST_SUITE_P(Faults, PirImageManagerFault,
                         ::testing::Values(FaultCase{"ignore-a08", "PIR-IM-020", "PIR 4.4.1"},
                                           FaultCase{"a40-keeps-old-id", "PIR-IM-030", "PIR 4.4.2"},
                                           FaultCase{"answer-ae", "PIR-IM-010", "2.4 acknowledgement"},
                                           FaultCase{"never-answer", "PIR-IM-010", "RAD-4 (responder role)"}),
                         [](const auto& param_info) { return selftest::fault_case_name(param_info.param); });

// Which attributes a RAD-13 must update is unverified (spec digest 4.2): an ignored update is a warning.
TEST_F(PirImageManagerSelftest, AnIgnoredProcedureUpdateIsAWarningCitingRad13) {
  start_image_manager({"ignore-rad-13"});
  const auto report = run_selected("PIR-IM-050");
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& s = report.scenarios[0];
  EXPECT_EQ(s.verdict, Verdict::Warning) << describe(s);
  ASSERT_FALSE(s.steps.empty());
  const auto& findings = s.steps.back().findings;
  ASSERT_EQ(findings.size(), 1u) << describe(s);
  EXPECT_EQ(findings[0].severity, reports::Severity::Warning);
  EXPECT_NE(findings[0].spec_ref.section.find("4.13"), std::string::npos);
}

}  // namespace
}  // namespace ihe::scenarios
