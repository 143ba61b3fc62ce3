// `ihe-harness actor order-placer` started from the annotated example answers a RAD-3 new filler order.
#include <gtest/gtest.h>
#include <signal.h>

#include <thread>

#include "tests/component/order_placer/op_fixture.h"
#include "tests/support/child_process.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;

TEST(OrderPlacerCli, StartsFromTheExampleAndAnswersSnWithNa) {
  ihe::test::TempDir dir;
  const std::uint16_t port = ihe::test::free_port();
  ihe::test::ChildProcess actor(
      {.argv = {ihe::test::harness_binary().string(), "actor", "order-placer", "--config",
                (ihe::test::source_dir() / "examples/actors/order-placer.xml").string(), "--hl7-port",
                std::to_string(port)},
       .log_file = dir / "actor.log",
       .working_dir = dir.path(),
       .extra_env = {}});
  ASSERT_TRUE(ihe::test::wait_for_port(port, 10s)) << actor.log();
  IdFactory ids;
  Hl7Sender sender(test::op_peer(port), ids);
  const auto exchange = sender.send(build_order(test::filler_order("SN", "", "FIL5^OF_APP")), "RAD-3");
  ASSERT_TRUE(exchange.accepted()) << exchange.problems << "\n" << actor.log();
  const auto response = read_order_response(*exchange.response);
  ASSERT_TRUE(response.ok());
  EXPECT_EQ(response.value().order_control, "NA");
  const auto deadline = std::chrono::steady_clock::now() + 10s;
  while (actor.log().find("RAD-3") == std::string::npos && std::chrono::steady_clock::now() < deadline)
    std::this_thread::sleep_for(20ms);
  EXPECT_NE(actor.log().find("RAD-3"), std::string::npos) << actor.log();
  EXPECT_NE(actor.log().find("SN filler FIL5^OF_APP -> placer"), std::string::npos) << actor.log();
  ::kill(actor.pid(), SIGTERM);
  EXPECT_EQ(actor.wait_for_exit(10s), 0) << actor.log();
}

}  // namespace
}  // namespace ihe::actors
