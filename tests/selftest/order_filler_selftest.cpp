// The order-filler scenario library against our own Order Filler, started in-process on free ports with
// its RAD-4/RAD-12/RAD-13 peer pointing at the harness's HL7 receiver: conformant, every scenario passes;
// with a fault switched on, the scenario that exercises it fails with a finding citing the requirement.
#include <gtest/gtest.h>

#include "tests/selftest/selftest_harness.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;
using selftest::describe;
using selftest::FaultCase;
using selftest::findings_citing;

class OrderFillerSelftest : public ::testing::Test {
 protected:
  void SetUp() override { statement_.claims = {{"SWF.b", "OF", ""}, {"PIR", "OF", ""}}; }
  void start_order_filler(const std::vector<std::string>& faults) { harness_.start(faults); }
  reports::RunReport run_selected(const std::string& glob) { return harness_.run_selected({{glob}, {}}); }

  selftest::SelftestHarness harness_{"order-filler"};
  reports::IntegrationStatement& statement_ = harness_.statement;
  const std::vector<Scenario>& library_ = harness_.library;
};

TEST_F(OrderFillerSelftest, EveryScenarioPassesAgainstOurConformantOrderFiller) {
  start_order_filler({});
  const auto report = run_selected("*");
  ASSERT_EQ(report.scenarios.size(), library_.size());
  for (const auto& s : report.scenarios) EXPECT_EQ(s.verdict, Verdict::Pass) << describe(s);
  for (const auto& c : report.claims) EXPECT_EQ(c.verdict, Verdict::Pass);
  EXPECT_FALSE(report.evidence.empty());
}

class OrderFillerFault : public OrderFillerSelftest, public ::testing::WithParamInterface<FaultCase> {};

TEST_P(OrderFillerFault, TheScenarioExercisingTheFaultFailsCitingTheBrokenRequirement) {
  start_order_filler({GetParam().fault});
  const auto report = run_selected(GetParam().scenario);
  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& s = report.scenarios[0];
  EXPECT_EQ(s.verdict, Verdict::Fail) << describe(s);
  EXPECT_GE(findings_citing(s, GetParam().section), 1u) << describe(s);
}

INSTANTIATE_TEST_SUITE_P(
    Faults, OrderFillerFault,
    ::testing::Values(FaultCase{"ignore-a08", "PIR-OF-010", "PIR 4.4.1"},
                      FaultCase{"ignore-a40", "PIR-OF-020", "PIR 4.4.2"},
                      FaultCase{"answer-ae", "SWF-OF-010", "2.4 acknowledgement"},
                      FaultCase{"never-answer", "SWF-OF-010", "RAD-1 (responder role)"},
                      FaultCase{"no-rad-4", "SWF-OF-010", "RAD-4 (sender role)"},
                      FaultCase{"drop-ipc-3", "SWF-OF-010", "4.4.4.1.2.2.8 IPC"},
                      FaultCase{"wrong-orc-pair", "SWF-OF-010", "Table 4.13-1"},
                      FaultCase{"mwl-wrong-study-uid", "SWF-OF-010", "131.4"},
                      FaultCase{"mwl-wrong-study-uid", "SWF-OF-130", "131.4"},
                      FaultCase{"mwl-ignore-date-range", "SWF-OF-100", "C.2.2.2.5"},
                      FaultCase{"mwl-ignore-station-ae", "SWF-OF-101", "Station AE"},
                      FaultCase{"mwl-ignore-patient-id", "SWF-OF-140", "K.6-1 Patient ID"},
                      FaultCase{"accept-unreadable-order", "SWF-OF-140", "2.15.5 ERR"},
                      FaultCase{"mpps-ignore", "SWF-OF-110", "RAD-13 (sender role)"},
                      FaultCase{"mpps-accept-nset-after-completed", "SWF-OF-111", "F.7.2.2.3"},
                      FaultCase{"mpps-accept-nset-after-completed", "SWF-OF-120", "F.7.2.2.3"},
                      FaultCase{"rad-3-legacy-orm", "SWF-OF-150", "4.3.4 Filler Order Management (OMG^O19)"}),
    [](const auto& param_info) { return selftest::fault_case_name(param_info.param); });

}  // namespace
}  // namespace ihe::scenarios
