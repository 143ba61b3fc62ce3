#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "profiles/model/hl7_rules.h"

namespace ihe::profiles {
namespace {

TEST(Grammar, NotationRoundTripsAndMarksOptionalRepeatingElements) {
  const std::string text = "MSH [{SFT}] EVN {PID [PD1] MRG [PV1]}";
  const GrammarNode root = parse_grammar(text);
  EXPECT_EQ(root.to_string(), text);
  ASSERT_EQ(root.children.size(), 4u);
  EXPECT_TRUE(root.children[1].optional && root.children[1].repeating);
  EXPECT_EQ(root.children[1].segment, "SFT");
  EXPECT_TRUE(root.children[3].is_group());
  EXPECT_TRUE(root.children[3].repeating);
  EXPECT_FALSE(root.children[3].optional);
}

TEST(Grammar, UnbalancedOrUnknownTokensAreRejectedWithTheirPosition) {
  EXPECT_THROW(parse_grammar("MSH [PID"), HarnessError);
  EXPECT_THROW(parse_grammar("MSH PID]"), HarnessError);
  EXPECT_THROW(parse_grammar("MSH pid"), HarnessError);
  EXPECT_THROW(parse_grammar("MSH []"), HarnessError);
  try {
    parse_grammar("MSH {PID ]");
    FAIL();
  } catch (const HarnessError& e) {
    EXPECT_NE(std::string(e.what()).find("position 10"), std::string::npos) << e.what();
  }
}

TEST(Hl7ConditionText, AndBindsTighterThanOr) {
  const auto c = Hl7Condition::parse("PV1-2 = I|E and empty PV1-19 or present MSH-18.1 or non-ascii");
  ASSERT_EQ(c.any_of.size(), 3u);
  ASSERT_EQ(c.any_of[0].size(), 2u);
  EXPECT_EQ(c.any_of[0][0].kind, ConditionTerm::Kind::OneOf);
  EXPECT_EQ(c.any_of[0][0].node.segment, "PV1");
  EXPECT_EQ(c.any_of[0][0].node.field, 2u);
  EXPECT_EQ(c.any_of[0][0].values, (std::vector<std::string>{"I", "E"}));
  EXPECT_EQ(c.any_of[0][1].kind, ConditionTerm::Kind::Empty);
  EXPECT_EQ(c.any_of[1][0].kind, ConditionTerm::Kind::Present);
  EXPECT_EQ(c.any_of[1][0].node.component, 1u);
  EXPECT_EQ(c.any_of[2][0].kind, ConditionTerm::Kind::NonAscii);
  EXPECT_EQ(Hl7Condition::parse("ORC-1 != CA").any_of[0][0].kind, ConditionTerm::Kind::NoneOf);
}

TEST(Hl7ConditionText, TextOutsideTheVocabularyIsRejected) {
  for (const char* text : {"", "PV1-2 =", "PV1-2 = I or", "pv1-2 = I", "PV1-0 = I", "present", "PV1-2 I",
                           "non-ascii PV1-2", "PV1-2.x = I"})
    EXPECT_THROW(Hl7Condition::parse(text), HarnessError) << text;
}

}  // namespace
}  // namespace ihe::profiles
