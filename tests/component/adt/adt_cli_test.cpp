// `ihe-harness actor adt --config FILE`: sends the file's events once it starts, one console line per
// transaction with the acknowledgement, then runs until SIGTERM.
#include <gtest/gtest.h>
#include <signal.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "tests/component/adt/adt_fixture.h"
#include "tests/support/child_process.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;

std::size_t count_of(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// The example file with its two endpoints replaced.
std::string example_text_to(std::uint16_t op_port, std::uint16_t of_port) {
  std::ifstream in(ihe::test::source_dir() / "examples/actors/adt.xml");
  std::stringstream buffer;
  buffer << in.rdbuf();
  std::string text = buffer.str();
  for (const auto& [from, to] :
       {std::pair{std::string("127.0.0.1:2575"), op_port}, {"127.0.0.1:2576", of_port}})
    text.replace(text.find(from), from.size(), "127.0.0.1:" + std::to_string(to));
  return text;
}

TEST(AdtCli, SendsTheConfiguredEventsAndPrintsOneLineEach) {
  IdFactory ids;
  test::CapturingPeer order_placer(ids);
  test::CapturingPeer order_filler(ids);
  ihe::test::TempDir dir;
  std::ofstream(dir / "adt.xml") << example_text_to(order_placer.port(), order_filler.port());
  ihe::test::ChildProcess actor(
      {.argv = {ihe::test::harness_binary().string(), "actor", "adt", "--config", (dir / "adt.xml").string()},
       .log_file = dir / "actor.log",
       .working_dir = dir.path(),
       .extra_env = {}});
  const auto deadline = std::chrono::steady_clock::now() + 20s;
  while (count_of(actor.log(), ": AA") < 6 && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(20ms);
  const std::string log = actor.log();
  EXPECT_EQ(count_of(log, ": AA"), 6u) << log;
  EXPECT_EQ(count_of(log, "RAD-1 "), 2u) << log;
  EXPECT_EQ(count_of(log, "RAD-12 "), 4u) << log;
  EXPECT_NE(log.find("running"), std::string::npos) << log;
  EXPECT_EQ(order_filler.received().size(), 3u);
  ::kill(actor.pid(), SIGTERM);
  EXPECT_EQ(actor.wait_for_exit(10s), 0) << actor.log();
}

TEST(AdtCli, ListenPortIsAUsageError) {
  ihe::test::TempDir dir;
  EXPECT_EQ(
      ihe::test::run_command({ihe::test::harness_binary().string(), "actor", "adt", "--hl7-port", "2575"},
                             dir / "out.log"),
      2);
}

}  // namespace
}  // namespace ihe::actors
