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

}  // namespace
}  // namespace ihe::profiles
