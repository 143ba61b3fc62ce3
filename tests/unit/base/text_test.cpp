#include "base/text.h"

#include <gtest/gtest.h>

namespace ihe {
namespace {

using Parts = std::vector<std::string>;

TEST(SplitNonempty, DropsEmptyPieces) {
  EXPECT_EQ(split_nonempty("a,,b,", ','), (Parts{"a", "b"}));
  EXPECT_EQ(split_nonempty(",a", ','), (Parts{"a"}));
}

TEST(SplitNonempty, EmptyOrSeparatorOnlyTextGivesNothing) {
  EXPECT_TRUE(split_nonempty("", ',').empty());
  EXPECT_TRUE(split_nonempty(",,", ',').empty());
}

TEST(SplitNonempty, KeepsTextWithoutSeparatorWhole) { EXPECT_EQ(split_nonempty("1.2.840", ' '), (Parts{"1.2.840"})); }

}  // namespace
}  // namespace ihe
