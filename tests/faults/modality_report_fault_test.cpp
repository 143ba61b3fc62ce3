// The acquisition modality's only listener takes the storage commitment N-EVENT-REPORT: with a transport
// fault in front of it, SWF-MOD-010's await RAD-10 fails on the report's delivery (PS3.4 J.3.3.1.2, or
// the timeout when the delivery does not end in the target's timeout) with evidence, and the run ends
// within its deadlines; without the fault the same path passes.
#include <gtest/gtest.h>

#include "actors/common/transport_faults/fault_front.h"
#include "tests/selftest/selftest_harness.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;

class ModalityReportFault : public ::testing::TestWithParam<const char*> {};

TEST_P(ModalityReportFault, TheReportThatIsNotAcceptedFailsTheCommitStepWithEvidence) {
  selftest::SelftestHarness harness("acquisition-modality");
  harness.statement.claims = {{"SWF.b", "MOD", ""}};
  app::OwnSut sut("acquisition-modality", {}, {.timeout_seconds = 2, .work = {}, .interrupted = nullptr});
  sut.start();
  actors::FaultFront front({.fault = *actors::transport_fault_named(GetParam()),
                            .port = app::free_port(),
                            .upstream_port = sut.target.dicom.port,
                            .drip_interval = std::chrono::seconds(3)});
  front.start();
  auto target = sut.target;
  target.dicom.port = front.port();
  const auto plan =
      make_run_plan(harness.statement, target, harness.library, harness.rules, {{"SWF-MOD-010"}, {}});
  RunOptions options;
  options.operator_fn = sut.operator_fn;
  const auto report =
      run(plan, harness.statement, target, {harness.checks, harness.exchanges, harness.rules}, options);

  ASSERT_EQ(report.scenarios.size(), 1u);
  const auto& s = report.scenarios[0];
  EXPECT_EQ(s.verdict, Verdict::Fail) << selftest::describe(s);
  const auto& commit = s.steps.back();
  EXPECT_EQ(commit.id, "commit");
  EXPECT_EQ(commit.verdict, Verdict::Fail) << selftest::describe(s);
  ASSERT_FALSE(commit.findings.empty()) << selftest::describe(s);
  EXPECT_FALSE(commit.findings[0].evidence_ids.empty());
  const auto& section = commit.findings[0].spec_ref.section;
  EXPECT_TRUE(section.find("J.3.3.1.2") != std::string::npos || section.find("RAD-10") != std::string::npos)
      << commit.findings[0].to_string();
  RecordProperty("finding", commit.findings[0].to_string());
  for (std::size_t i = 0; i + 1 < s.steps.size(); ++i)
    EXPECT_EQ(s.steps[i].verdict, Verdict::Pass) << selftest::describe(s);  // only the report is broken
  EXPECT_LE(s.duration_ms, (static_cast<long>(s.steps.size()) * 2 + 5) * 1000L);
}

INSTANTIATE_TEST_SUITE_P(Modes, ModalityReportFault,
                         ::testing::Values("transport-refuse", "transport-abort", "transport-slow-drip"),
                         [](const auto& param_info) {
                           std::string name = param_info.param;
                           std::erase(name, '-');
                           return name;
                         });

}  // namespace
}  // namespace ihe::scenarios
