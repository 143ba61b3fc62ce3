// The PIR scenarios of the image-manager library (PIR-IM-*) against our own Image Manager with its HL7
// listener, in-process on free ports: conformant, every one passes; with an HL7 fault switched on, the
// scenario exercising it fails citing the requirement it breaks.
#include <gtest/gtest.h>

#include "actors/image_manager/faults.h"
#include "actors/image_manager/image_manager.h"
#include "tests/selftest/selftest_harness.h"
#include "tests/support/net_util.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;
using selftest::describe;
using selftest::FaultCase;

class PirImageManagerSelftest : public ::testing::Test {
 protected:
  void SetUp() override {
    target_.name = "our Image Manager (PIR)";
    target_.dicom = {"IMAGE_MANAGER", "127.0.0.1", test::free_port()};
    target_.hl7 = {"127.0.0.1", test::free_port(), "IMAGE_MANAGER", "HARNESS", "2.5.1"};
    target_.harness_dicom = {"HARNESS_MOD", "127.0.0.1", test::free_port()};
    target_.harness_storage = {"HARNESS_STORE", "127.0.0.1", test::free_port()};
    statement_.claims = {{"PIR", "IM", ""}};
  }

  void start_image_manager(const std::vector<std::string>& faults) {
    actors::image_manager::ImageManagerConfig config;
    config.ae_title = target_.dicom.ae_title;
    config.port = target_.dicom.port;
    config.storage_folder = dir_ / "archive";
    config.peers = {{"HARNESS_MOD", {"HARNESS_MOD", "127.0.0.1", target_.harness_dicom.port}}};
    config.hl7 = actors::image_manager::Hl7ListenerConfig{};
    config.hl7->port = target_.hl7.port;
    const auto switches =
        actors::FaultSwitches::select(actors::image_manager_faults(), faults, "image-manager");
    image_manager_ = std::make_unique<actors::image_manager::ImageManager>(config, switches, log_);
    image_manager_->start();
  }

  void TearDown() override {
    if (image_manager_) image_manager_->stop();
  }

  reports::RunReport run_selected(const std::string& glob) { return harness_.run_selected({{glob}, {}}); }

  test::TempDir dir_;
  actors::TransactionLog log_;
  std::unique_ptr<actors::image_manager::ImageManager> image_manager_;
  selftest::SelftestHarness harness_{"image-manager"};
  reports::Target& target_ = harness_.target;
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
