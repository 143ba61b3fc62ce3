#include "scenarios/engine/operator.h"

#include <gtest/gtest.h>

namespace ihe::scenarios {
namespace {

OperatorRequest request(std::chrono::seconds deadline = std::chrono::seconds(5)) {
  return {"SWF-MOD-010", "perform",     "Perform the step for PAT1",
          deadline,      "discontinue", {{"reason", "110505"}}};
}

TEST(OperatorHook, GetsThePromptAndAnswersWithExitStatusAndOutput) {
  const auto answer = hook_operator("echo \"$IHE_SCENARIO/$IHE_STEP: $1\"")(request());
  EXPECT_TRUE(answer.done);
  EXPECT_EQ(answer.text, "SWF-MOD-010/perform: Perform the step for PAT1");
}

TEST(OperatorHook, GetsTheActionAndItsParametersAsEnvironmentVariables) {
  const auto answer = hook_operator("echo \"$IHE_ACTION $IHE_REASON\"")(request());
  EXPECT_TRUE(answer.done);
  EXPECT_EQ(answer.text, "discontinue 110505");
}

TEST(OperatorHook, ANonZeroExitMeansNotDone) {
  const auto answer = hook_operator("echo cannot; exit 3")(request());
  EXPECT_FALSE(answer.done);
  EXPECT_EQ(answer.text, "cannot");
}

TEST(OperatorHook, AHookStillRunningAtTheDeadlineIsKilledAndNotDone) {
  const auto answer = hook_operator("sleep 5; echo late")(request(std::chrono::seconds(1)));
  EXPECT_FALSE(answer.done);
  EXPECT_NE(answer.text.find("did not answer within 1 s"), std::string::npos);
}

}  // namespace
}  // namespace ihe::scenarios
