// The local date and time stamps actors write into DA and TM values (PS3.5 6.2).
#include "actors/common/local_date_time.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>

namespace ihe::actors {
namespace {

bool digits(const std::string& text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

TEST(LocalDateTime, NowIsADaDateAndAnHhmmssTime) {
  const auto now = local_now();
  ASSERT_EQ(now.date.size(), 8u);
  ASSERT_EQ(now.time.size(), 6u);
  EXPECT_TRUE(digits(now.date)) << now.date;
  EXPECT_TRUE(digits(now.time)) << now.time;
  EXPECT_GE(now.date, "20000101");
  EXPECT_LE(now.time.substr(0, 2), "23");
  EXPECT_LE(now.time.substr(2, 2), "59");
}

}  // namespace
}  // namespace ihe::actors
