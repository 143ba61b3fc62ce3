#include "scenarios/engine/runner.h"

#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "tests/unit/scenarios/scenario_fixture.h"

namespace ihe::scenarios::test {
namespace {

using reports::Verdict;

class Runner : public ::testing::Test, public ScenarioFixture {
 protected:
  reports::RunReport run_one(const std::string& body, OperatorFn operator_fn = nullptr) {
    library.push_back(load("SWF-IM-100", scenario_xml("SWF-IM-100", body)));
    statement.claims = {{"SWF.b", "IM", ""}, {"SWF.b", "IM", "pps-exception"}};
    target.sut_role = "image-manager";
    const auto plan = make_run_plan(statement, target, library, rules, {});
    RunOptions options;
    options.operator_fn = operator_fn ? operator_fn : [](const OperatorRequest&) {
      return OperatorAnswer{true, "ok"};
    };
    return run(plan, statement, target, {checks, exchanges, rules}, options);
  }

  std::vector<Scenario> library;
  reports::IntegrationStatement statement;
  reports::Target target;
};

TEST_F(Runner, PassingExpectationsPassTheStepScenarioAndClaim) {
  const auto report = run_one(
      "<send id='a' transaction='RAD-8' stored='${v}'>"
      "<expect check='status' spec='s'/><expect check='value' name='stored' equals='1' spec='s'/></send>\n");
  ASSERT_EQ(report.scenarios.size(), 1u);
  EXPECT_EQ(report.scenarios[0].verdict, Verdict::Pass);
  ASSERT_EQ(report.claims.size(), 2u);
  EXPECT_EQ(report.claims[0].verdict, Verdict::Pass);
  EXPECT_EQ(report.claims[0].scenario_ids, std::vector<std::string>{"SWF-IM-100"});
  EXPECT_EQ(report.claims[1].verdict, Verdict::Skipped);  // no scenario covers the option
  EXPECT_EQ(exit_status(report, false), 0);
  EXPECT_EQ(exit_status(report, true), 1);
  ASSERT_EQ(report.evidence.size(), 1u);
  EXPECT_EQ(report.scenarios[0].steps[0].evidence_ids, std::vector<std::string>{report.evidence[0].id});
}

TEST_F(Runner, AFailedStepMakesItsDependentsInconclusiveButNotTheOthers) {
  const auto report = run_one(
      "<send id='a' transaction='RAD-8' status='A700'><expect check='status' spec='s'/></send>\n"
      "<send id='b' transaction='RAD-8' depends-on='a'/>\n"
      "<send id='c' transaction='RAD-8'/>\n");
  const auto& steps = report.scenarios[0].steps;
  ASSERT_EQ(steps.size(), 3u);
  EXPECT_EQ(steps[0].verdict, Verdict::Fail);
  ASSERT_EQ(steps[0].findings.size(), 1u);
  EXPECT_EQ(steps[0].findings[0].spec_ref.section, "B.2.3");
  EXPECT_EQ(steps[0].findings[0].evidence_ids, steps[0].evidence_ids);
  EXPECT_EQ(steps[1].verdict, Verdict::Inconclusive);
  EXPECT_NE(steps[1].note.find("step a"), std::string::npos);
  EXPECT_EQ(steps[2].verdict, Verdict::Pass);
  EXPECT_EQ(report.scenarios[0].verdict, Verdict::Fail);
  EXPECT_EQ(report.claims[0].verdict, Verdict::Fail);
  EXPECT_EQ(exit_status(report, false), 1);
}

TEST_F(Runner, AnUnreachableTargetFailsWithEvidenceAndTheRestIsNotRun) {
  const auto report = run_one("<send id='a' transaction='RAD-6'/>\n<send id='b' transaction='RAD-8'/>\n");
  const auto& steps = report.scenarios[0].steps;
  EXPECT_EQ(steps[0].verdict, Verdict::Fail);
  ASSERT_EQ(steps[0].findings.size(), 1u);
  EXPECT_NE(steps[0].findings[0].actual.find("connection refused"), std::string::npos);
  EXPECT_FALSE(steps[0].findings[0].evidence_ids.empty());
  EXPECT_EQ(steps[1].verdict, Verdict::Inconclusive);
  EXPECT_EQ(exchanges_run, 1);
}

TEST_F(Runner, CapturesFeedLaterStepsAndOperatorPromptsAreExpanded) {
  std::string asked;
  const auto report = run_one(
      "<send id='a' transaction='RAD-8'><capture name='uid' from='study-uid'/>"
      "<capture name='none' from='matches[1]/(0020,000D)'/></send>\n"
      "<operator id='o' prompt='check ${uid}'/>\n"
      "<send id='b' transaction='RAD-8' stored='${none}'/>\n",
      [&](const OperatorRequest& r) {
        asked = r.prompt;
        return OperatorAnswer{false, "busy"};
      });
  const auto& steps = report.scenarios[0].steps;
  EXPECT_EQ(asked, "check 1.2.3");
  EXPECT_EQ(steps[1].verdict, Verdict::Inconclusive);  // the operator did not do it
  EXPECT_NE(steps[1].note.find("busy"), std::string::npos);
  EXPECT_EQ(steps[2].verdict, Verdict::Inconclusive);  // ${none} was never captured
  EXPECT_NE(steps[2].note.find("${none}"), std::string::npos);
}

TEST_F(Runner, OperatorStepsPassTheirActionAndParametersExpanded) {
  OperatorRequest asked;
  run_one(
      "<send id='a' transaction='RAD-8'><capture name='uid' from='study-uid'/></send>\n"
      "<operator id='o' prompt='stop' action='discontinue' reason='110505' patient-id='${uid}'/>\n",
      [&](const OperatorRequest& r) {
        asked = r;
        return OperatorAnswer{true, "done"};
      });
  EXPECT_EQ(asked.action, "discontinue");
  const std::map<std::string, std::string> expected{{"patient-id", "1.2.3"}, {"reason", "110505"}};
  EXPECT_EQ(asked.parameters, expected);
}

TEST_F(Runner, OurOwnFailureInAStepIsAnErrorNotACrash) {
  exchanges.add({StepKind::Send, "RAD-7", "throws", {}, false, [](ExchangeContext&) -> StepOutcome {
                   throw HarnessError("bad configuration");
                 }});
  const auto report = run_one("<send id='a' transaction='RAD-7'/>\n<send id='b' transaction='RAD-8'/>\n");
  const auto& steps = report.scenarios[0].steps;
  EXPECT_EQ(steps[0].verdict, Verdict::Error);
  EXPECT_EQ(steps[0].note, "bad configuration");
  EXPECT_EQ(steps[1].verdict, Verdict::Pass);
  EXPECT_EQ(report.scenarios[0].verdict, Verdict::Error);
}

TEST(ClaimResults, AClaimTakesTheWorstVerdictOfTheScenariosCoveringIt) {
  const reports::Claim im{"SWF.b", "IM", ""};
  std::vector<reports::ScenarioResult> scenarios(2);
  scenarios[0].id = "A";
  scenarios[0].covers = {im};
  scenarios[0].verdict = Verdict::Warning;
  scenarios[1].id = "B";
  scenarios[1].covers = {im};
  scenarios[1].verdict = Verdict::Pass;
  const auto results = claim_results({im}, scenarios);
  ASSERT_EQ(results.size(), 1u);
  EXPECT_EQ(results[0].verdict, Verdict::Warning);
  EXPECT_EQ(results[0].scenario_ids, (std::vector<std::string>{"A", "B"}));
}

}  // namespace
}  // namespace ihe::scenarios::test
