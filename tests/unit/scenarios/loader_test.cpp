#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "tests/unit/scenarios/scenario_fixture.h"

namespace ihe::scenarios::test {
namespace {

class ScenarioLoader : public ::testing::Test, public ScenarioFixture {
 protected:
  // The error with the temp folder's path cut off: "X.xml:LINE: ...".
  std::string error(const std::string& body) {
    auto text = load_error("X", scenario_xml("X", body));
    const auto at = text.find("X.xml");
    return at == std::string::npos ? text : text.substr(at);
  }
};

TEST_F(ScenarioLoader, ReadsHeaderStepsExpectationsAndCaptures) {
  const auto s =
      load("SWF-IM-999",
           "<scenario id='SWF-IM-999' title='Store' sut='image-manager' follows='MESA 101, MESA 103'\n"
           "          transactions='RAD-8 RAD-10' claims='SWF.b:IM SWF:IM'>\n"
           "  <spec id='s' document='PS3.4' section='B.2.3' strength='SHOULD'/>\n"
           "  <var name='n' value='2'/>\n"
           "  <send id='store' transaction='RAD-8' stored='${n}'>\n"
           "    <expect check='status' kind='success' spec='s'/>\n"
           "    <capture name='study' from='study-uid'/>\n"
           "  </send>\n"
           "  <pause id='wait' seconds='0' depends-on='store'/>\n"
           "  <operator id='ask' prompt='look at ${study}' deadline='5'/>\n"
           "</scenario>\n");
  EXPECT_EQ(s.id, "SWF-IM-999");
  EXPECT_EQ(s.follows, (std::vector<std::string>{"MESA 101", "MESA 103"}));
  ASSERT_EQ(s.claims.size(), 2u);
  EXPECT_EQ(s.claims[1], (reports::Claim{"SWF", "IM", ""}));
  ASSERT_EQ(s.steps.size(), 3u);
  EXPECT_EQ(s.steps[0].params.at("stored"), "${n}");
  ASSERT_EQ(s.steps[0].expects.size(), 1u);
  EXPECT_EQ(s.steps[0].expects[0].severity, reports::Severity::Warning);  // a SHOULD citation warns
  EXPECT_EQ(s.steps[0].expects[0].params.at("kind"), "success");
  EXPECT_EQ(s.steps[1].kind, StepKind::Pause);
  EXPECT_EQ(s.steps[1].depends_on, std::vector<std::string>{"store"});
  EXPECT_EQ(s.steps[2].prompt, "look at ${study}");
  EXPECT_EQ(s.steps[2].deadline_seconds, 5);
}

TEST_F(ScenarioLoader, RejectsAnUnknownElementWithFileAndLine) {
  EXPECT_EQ(error("  <sned id='a' transaction='RAD-8'/>\n"),
            "X.xml:4: unknown element <sned> in <scenario> (known: spec, var, send, await, query, operator, "
            "pause)");
}

TEST_F(ScenarioLoader, RejectsAnAttributeTheExchangeDoesNotTake) {
  EXPECT_EQ(error("  <send id='a' transaction='RAD-8' imgaes='2'/>\n"),
            "X.xml:4: unknown attribute 'imgaes' on <send> (known: deadline, depends-on, id, images, status, "
            "stored, title, transaction)");
}

TEST_F(ScenarioLoader, RejectsAStepKindWithoutExchangeForItsTransaction) {
  EXPECT_NE(error("  <await id='a' transaction='RAD-8'/>\n").find("X.xml:4: no await exchange for RAD-8"),
            std::string::npos);
}

TEST_F(ScenarioLoader, RejectsUnknownChecksAndTheirParameters) {
  EXPECT_EQ(error("  <send id='a' transaction='RAD-8'><expect check='stauts' spec='s'/></send>\n"),
            "X.xml:4: unknown check 'stauts'");
  EXPECT_EQ(error("  <send id='a' transaction='RAD-8'><expect check='status' equal='0' spec='s'/></send>\n"),
            "X.xml:4: check 'status' takes no parameter 'equal' (known: equals, kind)");
  EXPECT_EQ(error("  <send id='a' transaction='RAD-8'><expect check='value' spec='s'/></send>\n"),
            "X.xml:4: check 'value' needs parameter 'name'");
  EXPECT_EQ(error("  <send id='a' transaction='RAD-8'><expect check='status' spec='nope'/></send>\n"),
            "X.xml:4: spec 'nope' is not declared by a <spec> of X");
}

TEST_F(ScenarioLoader, RejectsDuplicateStepIdsAndDependenciesOnLaterSteps) {
  EXPECT_EQ(error("  <send id='a' transaction='RAD-8'/>\n  <send id='a' transaction='RAD-8'/>\n"),
            "X.xml:5: duplicate step id 'a'");
  EXPECT_EQ(
      error("  <send id='a' transaction='RAD-8' depends-on='b'/>\n  <send id='b' transaction='RAD-8'/>\n"),
      "X.xml:4: depends-on 'b' names no earlier step of X");
}

TEST_F(ScenarioLoader, RejectsAVariableNeverBound) {
  EXPECT_EQ(error("  <send id='a' transaction='RAD-8' stored='${nope}'/>\n"),
            "X.xml:4: ${nope} is bound by no <var>, built-in or earlier <capture>");
  // A capture binds for later steps only.
  EXPECT_EQ(
      error("  <send id='a' transaction='RAD-8' stored='${c}'><capture name='c' from='stored'/></send>\n"),
      "X.xml:4: ${c} is bound by no <var>, built-in or earlier <capture>");
  EXPECT_EQ(error("  <send id='a' transaction='RAD-8'><capture name='c' from='stored'/></send>\n"
                  "  <send id='b' transaction='RAD-8' stored='${c}${v}${sut-ae}'/>\n"),
            "loaded");
}

TEST_F(ScenarioLoader, TakesKeysOnlyWhereTheExchangeQueriesAndOnlyKnownTags) {
  EXPECT_EQ(error("  <query id='q' transaction='RAD-14'><key tag='PatientID' value='${v}'/></query>\n"),
            "loaded");
  EXPECT_EQ(error("  <query id='q' transaction='RAD-14'><key tag='PatientIdd'/></query>\n"),
            "X.xml:4: unknown tag 'PatientIdd'");
  EXPECT_EQ(error("  <send id='a' transaction='RAD-8'><key tag='PatientID'/></send>\n"),
            "X.xml:4: unknown element <key> in <send> (known: expect, capture)");
}

TEST_F(ScenarioLoader, RejectsAnOperatorWithoutPromptAndAPauseWithoutSeconds) {
  EXPECT_EQ(error("  <operator id='o'/>\n"), "X.xml:4: <operator> needs attribute 'prompt'");
  EXPECT_EQ(error("  <pause id='p'/>\n"), "X.xml:4: <pause> needs attribute 'seconds'");
}

TEST_F(ScenarioLoader, RejectsClaimsTheCatalogDoesNotKnow) {
  const auto text = load_error("Y",
                               "<scenario id='Y' title='t' sut='image-manager' claims='SWF.b:XX'>"
                               "<pause id='p' seconds='0'/></scenario>");
  EXPECT_NE(text.find("claim SWF.b:XX: profile SWF.b has no actor 'XX'"), std::string::npos) << text;
}

TEST_F(ScenarioLoader, RejectsAnIdOtherThanTheFileName) {
  EXPECT_NE(
      load_error("Z", scenario_xml("W", "<pause id='p' seconds='0'/>")).find("differs from the file name"),
      std::string::npos);
}

TEST_F(ScenarioLoader, LibraryRejectsTwoFilesWithOneId) {
  write("a/D.xml", scenario_xml("D", "<pause id='p' seconds='0'/>"));
  write("b/D.xml", scenario_xml("D", "<pause id='p' seconds='0'/>"));
  try {
    load_library(dir.path(), context());
    FAIL() << "loaded";
  } catch (const HarnessError& e) {
    EXPECT_NE(std::string(e.what()).find("scenario id 'D' is also used by"), std::string::npos) << e.what();
  }
}

}  // namespace
}  // namespace ihe::scenarios::test
