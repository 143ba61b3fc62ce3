#include "scenarios/engine/run_plan.h"

#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "tests/unit/scenarios/scenario_fixture.h"

namespace ihe::scenarios::test {
namespace {

class RunPlanning : public ::testing::Test, public ScenarioFixture {
 protected:
  RunPlanning() {
    for (const auto* id : {"SWF-IM-001", "SWF-IM-002", "PIR-IM-001"})
      library.push_back(load(id, scenario_xml(id, "<pause id='p' seconds='0'/>")));
    library.push_back(load("SWF-MOD-001",
                           "<scenario id='SWF-MOD-001' title='t' sut='acquisition-modality' "
                           "claims='SWF.b:MOD'><pause id='p' seconds='0'/></scenario>"));
    statement.claims = {{"SWF.b", "IM", ""}, {"SWF.b", "MOD", ""}};
    target.sut_role = "image-manager";
  }

  std::vector<std::string> ids(const Selection& selection) {
    std::vector<std::string> out;
    for (const auto* s : make_run_plan(statement, target, library, rules, selection).scenarios)
      out.push_back(s->id);
    return out;
  }

  std::string error(const Selection& selection) {
    try {
      make_run_plan(statement, target, library, rules, selection);
    } catch (const HarnessError& e) {
      return e.what();
    }
    return "planned";
  }

  std::vector<Scenario> library;
  reports::IntegrationStatement statement;
  reports::Target target;
};

TEST_F(RunPlanning, PicksTheScenariosOfTheSutRoleThatShareAClaim) {
  EXPECT_EQ(ids({}), (std::vector<std::string>{"SWF-IM-001", "SWF-IM-002", "PIR-IM-001"}));
  const auto plan = make_run_plan(statement, target, library, rules, {});
  EXPECT_EQ(plan.claims, (std::vector<reports::Claim>{{"SWF.b", "IM", ""}}));  // only the SUT's actor
}

TEST_F(RunPlanning, SelectsAndExcludesByIdGlobs) {
  EXPECT_EQ(ids({{"SWF-*"}, {}}), (std::vector<std::string>{"SWF-IM-001", "SWF-IM-002"}));
  EXPECT_EQ(ids({{"SWF-*", "PIR-*"}, {"*-002"}}), (std::vector<std::string>{"SWF-IM-001", "PIR-IM-001"}));
  EXPECT_EQ(ids({{}, {"SWF-IM-002"}}), (std::vector<std::string>{"SWF-IM-001", "PIR-IM-001"}));
}

TEST_F(RunPlanning, AnEmptySelectionIsAnError) {
  EXPECT_NE(error({{"NOTHING*"}, {}}).find("no scenario to run"), std::string::npos);
  statement.claims = {{"SWF.b", "MOD", ""}};
  EXPECT_NE(error({}).find("no scenario to run"), std::string::npos);
}

TEST_F(RunPlanning, NamesEveryUnknownProfileActorOrOptionOfTheStatement) {
  statement.claims = {{"SWF.c", "IM", ""}, {"SWF.b", "IMX", ""}, {"SWF.b", "IM", "no-such-option"}};
  const auto text = error({});
  EXPECT_NE(text.find("unknown profile 'SWF.c'"), std::string::npos) << text;
  EXPECT_NE(text.find("has no actor 'IMX'"), std::string::npos) << text;
  EXPECT_NE(text.find("has no option 'no-such-option'"), std::string::npos) << text;
}

TEST(Glob, MatchesStarsAndQuestionMarks) {
  EXPECT_TRUE(glob_match("SWF-IM-0*", "SWF-IM-010"));
  EXPECT_TRUE(glob_match("*", ""));
  EXPECT_TRUE(glob_match("S?F*0", "SWF-IM-010"));
  EXPECT_FALSE(glob_match("SWF-IM-01", "SWF-IM-010"));
  EXPECT_FALSE(glob_match("?", ""));
}

}  // namespace
}  // namespace ihe::scenarios::test
