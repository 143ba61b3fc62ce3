#include "base/bounded_command.h"

#include <gtest/gtest.h>

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

namespace ihe {
namespace {

using End = CommandResult::End;
using namespace std::chrono_literals;

CommandResult shell(const std::string& script, std::chrono::milliseconds deadline = 5000ms,
                    bool capture_stderr = false) {
  return run_bounded({{"/bin/sh", "-c", script}, {}, deadline, capture_stderr});
}

TEST(RunBounded, CollectsStandardOutputAndExitStatus) {
  const auto result = shell("echo one; echo two; exit 3");
  EXPECT_EQ(result.end, End::Exited);
  EXPECT_EQ(result.exit_status, 3);
  EXPECT_EQ(result.output, "one\ntwo\n");
  EXPECT_FALSE(result.succeeded());
  EXPECT_TRUE(shell("true").succeeded());
}

TEST(RunBounded, CapturesStandardErrorOnlyWhenAsked) {
  EXPECT_EQ(shell("echo out; echo err >&2", 5000ms, true).output, "out\nerr\n");
  EXPECT_EQ(shell("echo out; echo '(expected on stderr)' >&2", 5000ms, false).output, "out\n");
}

TEST(RunBounded, PassesExtraEnvironmentAndFindsProgramsOnPath) {
  const auto result =
      run_bounded({{"sh", "-c", "printf %s \"$IHE_TEST_VALUE\""}, {{"IHE_TEST_VALUE", "x y"}}});
  EXPECT_EQ(result.end, End::Exited);
  EXPECT_EQ(result.output, "x y");
}

TEST(RunBounded, AMissingProgramIsNotStartedWithTheReason) {
  const auto result = run_bounded({{"ihe-no-such-program-anywhere"}, {}, 5000ms, false});
  EXPECT_EQ(result.end, End::NotStarted);
  EXPECT_NE(result.output.find("ihe-no-such-program-anywhere"), std::string::npos) << result.output;
  EXPECT_NE(result.output.find("No such file"), std::string::npos) << result.output;
}

TEST(RunBounded, AProgramStillRunningAtTheDeadlineIsKilledWithItsChildren) {
  // The grandchild writes a file after 2 s unless it is killed with its group at the 200 ms deadline.
  const auto marker = std::string(::testing::TempDir()) + "/bounded_command_survivor";
  std::remove(marker.c_str());
  const auto result = shell("(sleep 2; touch " + marker + ") & sleep 30", 200ms);
  EXPECT_EQ(result.end, End::TimedOut);
  std::this_thread::sleep_for(2500ms);
  EXPECT_NE(access(marker.c_str(), F_OK), 0) << "the program's child outlived the deadline";
}

TEST(RunBounded, AProgramThatClosesItsOutputButGoesOnIsStillBounded) {
  const auto result = shell("exec >&-; sleep 30", 200ms);
  EXPECT_EQ(result.end, End::TimedOut);
}

TEST(RunBounded, ASignalledProgramSaysSo) {
  EXPECT_EQ(shell("kill -9 $$").end, End::Signalled);
}

}  // namespace
}  // namespace ihe
