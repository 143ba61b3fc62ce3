// The engine makes the harness's actors per run, from the run's target: two runs through one exchange
// registry against two of our Image Managers each talk to their own SUT (DICOM: the harness modality's
// RAD-8/10 and its commitment listener; HL7: the harness sender's RAD-4), and the first SUT hears nothing
// of the second run.
#include <gtest/gtest.h>

#include <atomic>

#include "tests/selftest/selftest_harness.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;
using selftest::describe;

// Counts what one SUT's actor publishes (each transaction it served) into a counter that outlives it.
void count_into(actors::TransactionLog& log, std::atomic<std::size_t>& count) {
  log.subscribe([&count](const actors::TransactionRecord&) { ++count; });
}

TEST(TwoTargets, TheSecondRunThroughTheSameRegistryTalksToTheSecondTarget) {
  selftest::SelftestHarness harness("image-manager");
  harness.statement.claims = {{"SWF.b", "IM", ""}, {"PIR", "IM", ""}};
  const Selection selection{{"SWF-IM-010", "PIR-IM-010"}, {}};
  std::atomic<std::size_t> first_heard{0};
  std::atomic<std::size_t> second_heard{0};
  app::OwnSut first("image-manager", {});
  app::OwnSut second("image-manager", {});
  count_into(first.log, first_heard);
  count_into(second.log, second_heard);
  first.start();
  second.start();
  ASSERT_NE(first.target.dicom.port, second.target.dicom.port);
  ASSERT_NE(first.target.harness_dicom.port, second.target.harness_dicom.port);

  const auto plan = make_run_plan(harness.statement, first.target, harness.library, harness.rules, selection);
  ASSERT_EQ(plan.scenarios.size(), 2u);
  const RunEnvironment environment{harness.checks, harness.exchanges, harness.rules};
  const auto report_first = run(plan, harness.statement, first.target, environment, {});
  for (const auto& s : report_first.scenarios) EXPECT_EQ(s.verdict, Verdict::Pass) << describe(s);
  const std::size_t after_first = first_heard;
  EXPECT_GT(after_first, 0u);
  EXPECT_EQ(second_heard, 0u);

  const auto report_second = run(plan, harness.statement, second.target, environment, {});
  for (const auto& s : report_second.scenarios) EXPECT_EQ(s.verdict, Verdict::Pass) << describe(s);
  EXPECT_EQ(first_heard, after_first) << "the second run reached the first target";
  EXPECT_EQ(second_heard, after_first);
}

}  // namespace
}  // namespace ihe::scenarios
