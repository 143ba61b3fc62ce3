// The image-manager scenario library against our own Image Manager, started in-process on free ports:
// conformant, every scenario passes; with a fault switched on, the scenario that exercises it fails with a
// finding citing the requirement it breaks; and with nothing listening, every scenario fails with evidence
// and the run still completes.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include "actors/image_manager/faults.h"
#include "actors/image_manager/image_manager.h"
#include "tests/selftest/selftest_harness.h"
#include "tests/support/net_util.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;
using selftest::describe;

class ImageManagerSelftest : public ::testing::Test {
 protected:
  void SetUp() override {
    target_.name = "our Image Manager";
    target_.dicom = {"IMAGE_MANAGER", "127.0.0.1", test::free_port()};
    target_.hl7 = {"127.0.0.1", test::free_port(), "IMAGE_MANAGER", "HARNESS",
                   "2.5.1"};  // SWF-IM-05* (RAD-4/13)
    target_.harness_dicom = {"HARNESS_MOD", "127.0.0.1", test::free_port()};
    target_.harness_storage = {"HARNESS_STORE", "127.0.0.1", test::free_port()};
    statement_.claims = {{"SWF.b", "IM", ""}, {"SWF.b", "IM", "pps-exception"}};
  }

  void start_image_manager(const std::vector<std::string>& faults) {
    actors::image_manager::ImageManagerConfig config;
    config.ae_title = target_.dicom.ae_title;
    config.port = target_.dicom.port;
    config.storage_folder = dir_ / "archive";
    config.peers = {{"HARNESS_MOD", {"HARNESS_MOD", "127.0.0.1", target_.harness_dicom.port}},
                    {"HARNESS_STORE", {"HARNESS_STORE", "127.0.0.1", target_.harness_storage.port}}};
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

  // The findings of one scenario that cite `section` (a part of the SpecRef's section text).
  static std::size_t findings_citing(const reports::ScenarioResult& s, const std::string& section) {
    std::size_t n = 0;
    for (const auto& step : s.steps)
      for (const auto& f : step.findings)
        if (f.severity == reports::Severity::Error && f.spec_ref.section.find(section) != std::string::npos &&
            !f.evidence_ids.empty())
          ++n;
    return n;
  }

  test::TempDir dir_;
  actors::TransactionLog log_;
  std::unique_ptr<actors::image_manager::ImageManager> image_manager_;
  selftest::SelftestHarness harness_{"image-manager"};
  reports::Target& target_ = harness_.target;
  reports::IntegrationStatement& statement_ = harness_.statement;
  const std::vector<Scenario>& library_ = harness_.library;
};

TEST_F(ImageManagerSelftest, EveryScenarioPassesAgainstOurConformantImageManager) {
  start_image_manager({});
  const auto report = run_selected("*");
  ASSERT_EQ(report.scenarios.size(), harness_.claimed_count());
  for (const auto& s : report.scenarios) EXPECT_EQ(s.verdict, Verdict::Pass) << describe(s);
  ASSERT_EQ(report.claims.size(), 2u);
  EXPECT_EQ(report.claims[0].verdict, Verdict::Pass);
  EXPECT_EQ(report.claims[1].verdict, Verdict::Pass);
  EXPECT_EQ(report.claims[1].scenario_ids, std::vector<std::string>{"SWF-IM-022"});
  EXPECT_EQ(exit_status(report, true), 0);
  EXPECT_FALSE(report.evidence.empty());
}

struct FaultCase {
  const char* fault;
  const char* scenario;
  const char* section;  // the SpecRef section the failing finding cites
};
void PrintTo(const FaultCase& c, std::ostream* os) {
  *os << c.fault << " -> " << c.scenario;
}

class ImageManagerFault : public ImageManagerSelftest, public ::testing::WithParamInterface<FaultCase> {};

TEST_P(ImageManagerFault, TheScenarioExercisingTheFaultFailsCitingTheBrokenRequirement) {
  start_image_manager({GetParam().fault});
  const auto report = run_selected(GetParam().scenario);
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& s = report.scenarios[0];
  EXPECT_EQ(s.verdict, Verdict::Fail) << describe(s);
  EXPECT_GE(findings_citing(s, GetParam().section), 1u) << describe(s);
  EXPECT_EQ(reports::worst_of(report.claims[0].verdict, report.claims[1].verdict), Verdict::Fail);
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
                      FaultCase{"ignore-rad-13", "SWF-IM-050", "4.13"}),
    [](const auto& param_info) {
      std::string name = std::string(param_info.param.fault) + "_" + param_info.param.scenario;
      std::erase(name, '-');
      return name;
    });

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
  SilentListener silent(target_.dicom.port);
  ASSERT_TRUE(silent.bound());
  target_.timeout_seconds = 1;
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
