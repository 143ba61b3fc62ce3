#include "actors/net/mllp/mllp_error.h"

#include <gtest/gtest.h>

#include <set>

namespace ihe::net {
namespace {

TEST(MllpError, ConvertsToErrorCodeOfMllpCategory) {
  const std::error_code ec = MllpError::AckTimeout;
  EXPECT_EQ(ec.category(), mllp_category());
  EXPECT_STREQ(ec.category().name(), "mllp");
  EXPECT_EQ(ec, MllpError::AckTimeout);
  EXPECT_NE(ec, MllpError::ConnectTimeout);
  EXPECT_TRUE(static_cast<bool>(ec));
}

TEST(MllpError, EveryValueHasItsOwnMessage) {
  std::set<std::string> messages;
  for (int v = static_cast<int>(MllpError::ConnectTimeout); v <= static_cast<int>(MllpError::ListenerStopped);
       ++v) {
    const std::string text = std::error_code(v, mllp_category()).message();
    EXPECT_EQ(text.find("unknown"), std::string::npos) << v;
    messages.insert(text);
  }
  EXPECT_EQ(messages.size(), static_cast<std::size_t>(MllpError::ListenerStopped));
}

TEST(MllpError, DoesNotEqualSystemErrorsOfSameValue) {
  const std::error_code ec = MllpError::ConnectTimeout;
  EXPECT_NE(ec, std::error_code(1, std::system_category()));
}

}  // namespace
}  // namespace ihe::net
