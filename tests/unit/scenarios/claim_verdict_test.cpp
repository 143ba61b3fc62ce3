// How a claim folds its scenarios' verdicts (scenarios/README.md "What a run does"): a definite Fail of
// the product is not hidden by an Error of the harness or its configuration, and the Error scenario stays
// listed and named.
#include <gtest/gtest.h>

#include "scenarios/engine/runner.h"

namespace ihe::scenarios {
namespace {

using reports::Verdict;

const reports::Claim kIm{"SWF.b", "IM", ""};

reports::ScenarioResult scenario(const std::string& id, Verdict verdict) {
  reports::ScenarioResult s;
  s.id = id;
  s.covers = {kIm};
  s.verdict = verdict;
  return s;
}

TEST(ClaimVerdict, AFailOutranksAnErrorInEitherOrder) {
  EXPECT_EQ(claim_worst_of(Verdict::Fail, Verdict::Error), Verdict::Fail);
  EXPECT_EQ(claim_worst_of(Verdict::Error, Verdict::Fail), Verdict::Fail);
  // Below the Fail the step ordering holds: Error > Inconclusive > Warning > Pass > Skipped.
  EXPECT_EQ(claim_worst_of(Verdict::Inconclusive, Verdict::Error), Verdict::Error);
  EXPECT_EQ(claim_worst_of(Verdict::Inconclusive, Verdict::Fail), Verdict::Fail);
  EXPECT_EQ(claim_worst_of(Verdict::Warning, Verdict::Inconclusive), Verdict::Inconclusive);
  EXPECT_EQ(claim_worst_of(Verdict::Pass, Verdict::Warning), Verdict::Warning);
  EXPECT_EQ(claim_worst_of(Verdict::Skipped, Verdict::Pass), Verdict::Pass);
}

TEST(ClaimVerdict, AClaimWithAFailAndAConfigurationErrorIsFailAndStillNamesTheErrorScenario) {
  const auto results = claim_results(
      {kIm}, {scenario("A", Verdict::Error), scenario("B", Verdict::Fail), scenario("C", Verdict::Pass)});
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].verdict, Verdict::Fail);
  EXPECT_EQ(results[0].scenario_ids, (std::vector<std::string>{"A", "B", "C"}));
  EXPECT_NE(results[0].note.find("A ended Error"), std::string::npos) << results[0].note;

  reports::RunReport report;
  report.claims = results;
  EXPECT_EQ(exit_status(report, false), 1);
}

TEST(ClaimVerdict, AnErrorWithoutAFailStaysError) {
  const auto results = claim_results({kIm}, {scenario("A", Verdict::Pass), scenario("B", Verdict::Error)});
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].verdict, Verdict::Error);
  EXPECT_EQ(results[0].scenario_ids, (std::vector<std::string>{"A", "B"}));
  EXPECT_TRUE(results[0].note.empty()) << results[0].note;
}

}  // namespace
}  // namespace ihe::scenarios
