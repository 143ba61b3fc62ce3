#include <gtest/gtest.h>

#include <fstream>
#include <mutex>

#include "actors/net/mllp/mllp_listener.h"
#include "tests/peers/hl7/hl7_text.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::net::test {
namespace {

using namespace std::chrono_literals;

// python3-hl7's mllp_send, a client that is not ours, delivers a file of two messages to our listener.
TEST(MllpSendPeer, DeliversTwoMessagesToOurListenerAndPrintsOurAcks) {
  ihe::test::TempDir dir;
  const std::string first = adt_a01("PYSEND001");
  const std::string second = adt_a01("PYSEND002");
  {
    std::ofstream file(dir / "two.hl7", std::ios::binary);
    file << first << "\n" << second << "\n";
  }
  std::mutex mutex;
  std::vector<std::string> seen;
  MllpListener listener({}, [&](const std::string& message, const MllpConnectionInfo&) {
    std::lock_guard lock(mutex);
    seen.push_back(message);
    return std::optional<std::string>(ack_for(message));
  });
  listener.start();

  const int rc =
      ihe::test::run_command({"/usr/bin/python3", "/usr/bin/mllp_send", "--loose", "-f",
                              (dir / "two.hl7").string(), "-p", std::to_string(listener.port()), "127.0.0.1"},
                             dir / "mllp_send.out", 30s);
  listener.stop();
  std::ifstream out(dir / "mllp_send.out", std::ios::binary);
  const std::string printed((std::istreambuf_iterator<char>(out)), std::istreambuf_iterator<char>());
  ASSERT_EQ(rc, 0) << printed;

  // --loose mode sends each message with its trailing segment terminator stripped.
  ASSERT_EQ(seen.size(), 2u);
  EXPECT_EQ(seen[0], first.substr(0, first.size() - 1));
  EXPECT_EQ(seen[1], second.substr(0, second.size() - 1));
  EXPECT_NE(printed.find(frame(ack_for(first))), std::string::npos) << printed;
  EXPECT_NE(printed.find(frame(ack_for(second))), std::string::npos) << printed;
}

}  // namespace
}  // namespace ihe::net::test
