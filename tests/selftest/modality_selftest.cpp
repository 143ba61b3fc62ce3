// The acquisition-modality scenarios against our own Acquisition Modality as the SUT: the harness serves it
// as Order Filler and Image Manager, and the operator step runs the modality's scheduled workflow. A
// conformant modality passes; with a copy fault its images break the worklist copy rules and the scenario
// fails; a modality nobody operates leaves the awaits Inconclusive.
#include <gtest/gtest.h>

#include "tests/selftest/selftest_harness.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;
using selftest::describe;

class ModalitySelftest : public ::testing::Test {
 protected:
  void SetUp() override { statement_.claims = {{"SWF.b", "MOD", ""}}; }
  void start_modality(const std::vector<std::string>& faults) { harness_.start(faults); }

  // Operated: our modality runs its scheduled workflow when asked (the SUT's own operator function).
  reports::RunReport run_all(bool operated) {
    if (operated) return harness_.run_selected({});
    return harness_.run_selected({}, [](const OperatorRequest&) {
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
  const char* step;  // the step that must fail
};
void PrintTo(const ModalityFault& f, std::ostream* os) {
  *os << f.fault;
}

class ModalityFaults : public ModalitySelftest, public ::testing::WithParamInterface<ModalityFault> {};

TEST_P(ModalityFaults, TheStepObservingTheFaultFails) {
  start_modality({GetParam().fault});
  const auto report = run_all(true);
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

INSTANTIATE_TEST_SUITE_P(Faults, ModalityFaults,
                         ::testing::Values(ModalityFault{"images-drop-accession-number", "images"},
                                           ModalityFault{"images-new-study-uid", "images"},
                                           ModalityFault{"mpps-missing-ssas", "in-progress"},
                                           ModalityFault{"stgcmt-skip", "commit"}),
                         [](const auto& param_info) {
                           std::string name = param_info.param.fault;
                           std::erase(name, '-');
                           return name;
                         });

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
