// The acquisition-modality scenarios against our own Acquisition Modality as the SUT: the harness serves it
// as Order Filler and Image Manager, and each operator step's action is performed by the modality
// (app/modality_operator). A conformant modality passes; with a fault the scenario observing it fails at
// the step named; a modality nobody operates leaves the awaits Inconclusive.
#include <gtest/gtest.h>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/acquisition_modality/faults.h"
#include "app/modality_operator.h"
#include "tests/selftest/selftest_harness.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;
using selftest::describe;

class ModalitySelftest : public ::testing::Test {
 protected:
  void SetUp() override {
    statement_.claims = {{"SWF.b", "MOD", ""},
                         {"SWF.b", "MOD", "group-case"},
                         {"SWF.b", "MOD", "pps-exception"},
                         {"SWF.b", "MOD", "assisted-protocol"}};
  }
  void start_modality(const std::vector<std::string>& faults) { harness_.start(faults); }

  // Operated: our modality performs each operator step's action (the SUT's own operator function,
  // app::modality_operator).
  reports::RunReport run_all(bool operated, const Selection& selection = {}) {
    if (operated) return harness_.run_selected(selection);
    return harness_.run_selected(selection, [](const OperatorRequest&) {
      return OperatorAnswer{false, "nobody at the modality"};
    });
  }

  selftest::SelftestHarness harness_{"acquisition-modality"};
  reports::IntegrationStatement& statement_ = harness_.statement;
  const std::vector<Scenario>& library_ = harness_.library;
};

TEST_F(ModalitySelftest, OurConformantModalityPassesEveryScenario) {
  start_modality({});
  const auto report = run_all(true);
  ASSERT_EQ(report.scenarios.size(), library_.size());
  for (const auto& s : report.scenarios) EXPECT_EQ(s.verdict, Verdict::Pass) << describe(s);
  EXPECT_EQ(report.claims[0].verdict, Verdict::Pass);
}

struct ModalityFault {
  const char* fault;
  const char* scenario;
  const char* step;  // the step that must fail
};
void PrintTo(const ModalityFault& f, std::ostream* os) {
  *os << f.fault;
}

class ModalityFaults : public ModalitySelftest, public ::testing::WithParamInterface<ModalityFault> {};

TEST_P(ModalityFaults, TheStepObservingTheFaultFails) {
  start_modality({GetParam().fault});
  const auto report = run_all(true, {{GetParam().scenario}, {}});
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& s = report.scenarios[0];
  EXPECT_EQ(s.verdict, Verdict::Fail) << describe(s);
  const auto step =
      std::find_if(s.steps.begin(), s.steps.end(), [](const auto& r) { return r.id == GetParam().step; });
  ASSERT_NE(step, s.steps.end());
  EXPECT_EQ(step->verdict, Verdict::Fail) << describe(s);
  ASSERT_FALSE(step->findings.empty());
  EXPECT_FALSE(step->findings[0].evidence_ids.empty());
}

INSTANTIATE_TEST_SUITE_P(
    Faults, ModalityFaults,
    ::testing::Values(ModalityFault{"images-drop-accession-number", "SWF-MOD-010", "images"},
                      ModalityFault{"images-new-study-uid", "SWF-MOD-010", "images"},
                      ModalityFault{"mpps-missing-ssas", "SWF-MOD-010", "in-progress"},
                      ModalityFault{"stgcmt-skip", "SWF-MOD-010", "commit"},
                      ModalityFault{"mpps-incomplete-image-list", "SWF-MOD-010", "completed"},
                      ModalityFault{"mpps-unscheduled-bogus-ssas", "SWF-MOD-020", "in-progress"},
                      ModalityFault{"mpps-discontinue-without-reason", "SWF-MOD-031", "discontinued"},
                      ModalityFault{"mpps-reuse-pps-id", "SWF-MOD-040", "appended"},
                      ModalityFault{"mpps-reuse-pps-id", "SWF-MOD-050", "second-completed"},
                      ModalityFault{"mpps-drops-protocol-items", "SWF-MOD-051", "second-completed"},
                      ModalityFault{"mpps-group-one-ssas-item", "SWF-MOD-060", "completed"},
                      ModalityFault{"mpps-group-one-ssas-item", "SWF-MOD-061", "completed"},
                      ModalityFault{"stgcmt-refuse-report", "SWF-MOD-070", "report"},
                      ModalityFault{"worklist-cached", "SWF-MOD-080", "images"},
                      ModalityFault{"images-drop-photometric-interpretation", "SWF-MOD-100", "images"}),
    [](const auto& param_info) {
      std::string name = std::string(param_info.param.fault) + param_info.param.scenario;
      std::erase(name, '-');
      return name;
    });

// SWF-MOD-051 (MESA 214): the step the harness scheduled with two protocol items is reported with one; the
// finding names both codes the worklist had and the one the MPPS kept.
TEST_F(ModalitySelftest, AProtocolItemLostInTheMppsIsAnErrorNamingTheScheduledCodes) {
  start_modality({"mpps-drops-protocol-items"});
  const auto report = run_all(true, {{"SWF-MOD-051"}, {}});
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& steps = report.scenarios[0].steps;
  const auto completed =
      std::find_if(steps.begin(), steps.end(), [](const auto& r) { return r.id == "second-completed"; });
  ASSERT_NE(completed, steps.end());
  ASSERT_EQ(completed->findings.size(), 1u) << describe(report.scenarios[0]);
  const auto& finding = completed->findings[0];
  EXPECT_EQ(finding.severity, reports::Severity::Error);
  EXPECT_NE(finding.location.find("(0040,0270)[0]/(0040,0008)"), std::string::npos);
  EXPECT_NE(finding.expected.find("IHE-P1^99IHE"), std::string::npos);
  EXPECT_NE(finding.expected.find("IHE-P2^99IHE"), std::string::npos);
  EXPECT_EQ(finding.actual.find("IHE-P2"), std::string::npos);
}

// The images' copy is a SHOULD (RAS is type 3 in the image, PS3.3 C.7.3.1): images without a Request
// Attributes Sequence leave SWF-MOD-051 at Warning, not Fail.
TEST_F(ModalitySelftest, ImagesWithoutRequestAttributesOnlyWarnInTheProtocolScenario) {
  start_modality({"images-drop-request-attributes"});
  const auto report = run_all(true, {{"SWF-MOD-051"}, {}});
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& s = report.scenarios[0];
  EXPECT_EQ(s.verdict, Verdict::Warning) << describe(s);
  std::size_t image_findings = 0;
  for (const auto& step : s.steps)
    for (const auto& finding : step.findings) {
      EXPECT_EQ(finding.severity, reports::Severity::Warning) << finding.to_string();
      image_findings += finding.location.starts_with("image ") ? 1 : 0;
    }
  EXPECT_GE(image_findings, 2u);  // at least one image per step
}

TEST_F(ModalitySelftest, OurOperatorRefusesWhatItCannotDo) {
  start_modality({});
  const auto& answer = harness_.sut().operator_fn;
  const auto ask = [&](std::string action, std::map<std::string, std::string> parameters) {
    return answer(
        {"SWF-MOD-000", "o", "prompt", std::chrono::seconds(5), std::move(action), std::move(parameters)});
  };
  EXPECT_NE(ask("dance", {{"patient-id", "P1"}}).text.find("no behaviour for action 'dance'"),
            std::string::npos);
  EXPECT_FALSE(ask("group", {}).done);                                               // which patient?
  EXPECT_FALSE(ask("discontinue", {{"patient-id", "P1"}, {"reason", "999"}}).done);  // no worklist, no code
}

TEST(ModalityOperator, AnInterruptedRunPerformsNothing) {
  actors::TransactionLog log;
  actors::AcquisitionModality modality(actors::ModalityConfig{}, log);
  const std::atomic<bool> interrupted{true};
  const auto answer = app::modality_operator(modality, interrupted);
  const auto reply = answer({"SWF-MOD-000", "o", "prompt", std::chrono::seconds(5), "perform-scheduled",
                             {{"patient-id", "P1"}}});
  EXPECT_FALSE(reply.done);
  EXPECT_EQ(reply.text, "interrupted");
}

TEST_F(ModalitySelftest, AModalityNobodyOperatesLeavesTheScenarioInconclusive) {
  start_modality({});
  const auto report = run_all(false);
  for (const auto& s : report.scenarios) {
    EXPECT_EQ(s.verdict, Verdict::Inconclusive) << describe(s);
    EXPECT_EQ(s.steps[0].verdict, Verdict::Pass);
  }
}

}  // namespace
}  // namespace ihe::scenarios
