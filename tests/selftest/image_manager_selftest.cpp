// The image-manager scenario library against our own Image Manager, started in-process on free ports:
// conformant, every scenario passes; with a fault switched on, the scenario that exercises it fails with a
// finding citing the requirement it breaks; and with nothing listening, every scenario fails with evidence
// and the run still completes.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "tests/selftest/selftest_harness.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;
using selftest::describe;
using selftest::FaultCase;
using selftest::findings_citing;

class ImageManagerSelftest : public ::testing::Test {
 protected:
  void SetUp() override {
    statement_.claims = {
        {"SWF.b", "IM", ""}, {"SWF.b", "IM", "pps-exception"}, {"SWF.b", "IM", "pps-referenced-instances"}};
  }
  void start_image_manager(const std::vector<std::string>& faults) { harness_.start(faults); }
  reports::RunReport run_selected(const std::string& glob) { return harness_.run_selected({{glob}, {}}); }

  selftest::SelftestHarness harness_{"image-manager"};
  reports::IntegrationStatement& statement_ = harness_.statement;
};

TEST_F(ImageManagerSelftest, EveryScenarioPassesAgainstOurConformantImageManager) {
  start_image_manager({});
  const auto report = run_selected("*");
  ASSERT_EQ(report.scenarios.size(), harness_.claimed_count());
  for (const auto& s : report.scenarios) EXPECT_EQ(s.verdict, Verdict::Pass) << describe(s);
  ASSERT_EQ(report.claims.size(), 3u);
  EXPECT_EQ(report.claims[0].verdict, Verdict::Pass);
  EXPECT_EQ(report.claims[1].verdict, Verdict::Pass);
  EXPECT_EQ(report.claims[1].scenario_ids, std::vector<std::string>{"SWF-IM-022"});
  EXPECT_EQ(report.claims[2].verdict, Verdict::Pass);
  EXPECT_EQ(report.claims[2].scenario_ids, std::vector<std::string>{"SWF-IM-060"});
  EXPECT_EQ(exit_status(report, true), 0);
  EXPECT_FALSE(report.evidence.empty());
}

class ImageManagerFault : public ImageManagerSelftest, public ::testing::WithParamInterface<FaultCase> {};

TEST_P(ImageManagerFault, TheScenarioExercisingTheFaultFailsCitingTheBrokenRequirement) {
  start_image_manager({GetParam().fault});
  const auto report = run_selected(GetParam().scenario);
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& s = report.scenarios[0];
  EXPECT_EQ(s.verdict, Verdict::Fail) << describe(s);
  EXPECT_GE(findings_citing(s, GetParam().section), 1u) << describe(s);
  auto worst = report.claims[0].verdict;
  for (const auto& claim : report.claims) worst = reports::worst_of(worst, claim.verdict);
  EXPECT_EQ(worst, Verdict::Fail);
  EXPECT_EQ(exit_status(report, false), 1);
}

INSTANTIATE_TEST_SUITE_P(
    Faults, ImageManagerFault,
    ::testing::Values(FaultCase{"store-refuse", "SWF-IM-010", "B.2.3"},
                      FaultCase{"stgcmt-report-success-for-missing", "SWF-IM-011", "J.3.3.1.2"},
                      FaultCase{"stgcmt-report-wrong-transaction-uid", "SWF-IM-010", "J.3.3.1.2"},
                      FaultCase{"stgcmt-never-report", "SWF-IM-010", "J.3.3.1"},
                      FaultCase{"mpps-accept-nset-after-completed", "SWF-IM-021", "F.7.2.2.3"},
                      FaultCase{"mpps-accept-nset-after-completed", "SWF-IM-022", "F.7.2.2.3"},
                      FaultCase{"query-drop-return-key", "SWF-IM-030", "C.6.2.1.2"},
                      FaultCase{"query-ignore-patient-id-match", "SWF-IM-031", "C.2.2.2.1"},
                      FaultCase{"move-drop-instance", "SWF-IM-040", "C.4.2"},
                      FaultCase{"stgcmt-report-from-wrong-ae", "SWF-IM-012", "J.3.3.1.2 notes 1-2"},
                      FaultCase{"query-wildcard-literal", "SWF-IM-032", "C.2.2.2.4"},
                      FaultCase{"query-ignore-date-range", "SWF-IM-032", "C.2.2.2.5"},
                      FaultCase{"query-no-match-error", "SWF-IM-032", "C.4.1.1.4"},
                      FaultCase{"query-count-series-as-instances", "SWF-IM-033", "C.4.1.2.3"},
                      FaultCase{"ignore-rad-13", "SWF-IM-050", "4.13"},
                      FaultCase{"ian-never-sent", "SWF-IM-060", "4.49"},
                      FaultCase{"ian-missing-instance", "SWF-IM-060", "R.3-1"},
                      FaultCase{"mpps-refuses-group", "SWF-IM-070", "F.7.2.1"}),
    [](const auto& param_info) { return selftest::fault_case_name(param_info.param); });

// An archive that commits instances keeps every attribute (PS3.4 J.3.3.1.2, Level 2): one that drops a
// grouped image's second Request Attributes item fails the retrieval, and nothing before it.
TEST_F(ImageManagerSelftest, AnArchiveDroppingARequestedProcedureFailsTheRetrieval) {
  start_image_manager({"archive-drops-request-attributes"});
  const auto report = run_selected("SWF-IM-070");
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& s = report.scenarios[0];
  EXPECT_EQ(s.verdict, Verdict::Fail) << describe(s);
  ASSERT_FALSE(s.steps.empty());
  for (std::size_t i = 0; i + 1 < s.steps.size(); ++i)
    EXPECT_EQ(s.steps[i].verdict, Verdict::Pass) << describe(s);
  EXPECT_EQ(s.steps.back().id, "retrieve");
  const auto& findings = s.steps.back().findings;
  ASSERT_EQ(findings.size(), 2u) << describe(s);  // one per retrieved image
  for (const auto& f : findings) {
    EXPECT_EQ(f.severity, reports::Severity::Error);
    EXPECT_NE(f.spec_ref.section.find("J.3.3.1.2"), std::string::npos);
    EXPECT_EQ(f.actual.substr(0, 9), "1 item(s)");
  }
}

TEST_F(ImageManagerSelftest, ATargetWhereNothingListensFailsWithEvidenceAndTheRunCompletes) {
  const auto report = run_selected("*");  // no Image Manager started
  ASSERT_EQ(report.scenarios.size(), harness_.claimed_count());
  for (const auto& s : report.scenarios) {
    EXPECT_EQ(s.verdict, Verdict::Fail) << describe(s);
    ASSERT_FALSE(s.steps.empty());
    EXPECT_EQ(s.steps[0].verdict, Verdict::Fail);
    ASSERT_FALSE(s.steps[0].findings.empty());
    EXPECT_FALSE(s.steps[0].findings[0].evidence_ids.empty());
    for (std::size_t i = 1; i < s.steps.size(); ++i) EXPECT_EQ(s.steps[i].verdict, Verdict::Inconclusive);
  }
  EXPECT_EQ(report.claims[0].verdict, Verdict::Fail);
}

// A port that accepts TCP connections (the kernel's backlog) but never says a word: a silent SUT.
class SilentListener {
 public:
  explicit SilentListener(std::uint16_t port) : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bound_ = bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 && listen(fd_, 8) == 0;
  }
  ~SilentListener() { close(fd_); }
  bool bound() const { return bound_; }

 private:
  int fd_;
  bool bound_ = false;
};

TEST_F(ImageManagerSelftest, ASilentTargetFailsWithATimeoutEvidenceAndTheRestIsNotRun) {
  SilentListener silent(harness_.target().dicom.port);  // our Image Manager not started
  ASSERT_TRUE(silent.bound());
  harness_.target().timeout_seconds = 1;
  const auto report = run_selected("SWF-IM-010");
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& first = report.scenarios[0].steps[0];
  EXPECT_EQ(first.verdict, Verdict::Fail) << describe(report.scenarios[0]);
  ASSERT_EQ(first.findings.size(), 1u);
  ASSERT_FALSE(first.findings[0].evidence_ids.empty());
  const auto evidence = std::find_if(report.evidence.begin(), report.evidence.end(), [&](const auto& e) {
    return e.id == first.findings[0].evidence_ids.back();
  });
  ASSERT_NE(evidence, report.evidence.end());
  EXPECT_EQ(evidence->kind, reports::EvidenceKind::Timeout) << evidence->summary;
  EXPECT_EQ(report.scenarios[0].steps[1].verdict, Verdict::Inconclusive);
}

}  // namespace
}  // namespace ihe::scenarios
