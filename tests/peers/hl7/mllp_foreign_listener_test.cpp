#include <gtest/gtest.h>

#include <filesystem>

#include "actors/net/mllp/mllp_client.h"
#include "tests/peers/hl7/hl7_text.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::net::test {
namespace {

using namespace std::chrono_literals;

// Our client sends two ADT^A01 on one connection to a listener that is not ours and checks each ACK
// (HL7 v2.5.1 2.9.2: MSA-1 AA, MSA-2 echoes the message's MSH-10).
void expect_acks_from(const std::vector<std::string>& argv, const std::map<std::string, std::string>& env,
                      std::uint16_t port) {
  ihe::test::TempDir dir;
  ihe::test::ChildProcess peer({.argv = argv,
                                .log_file = dir / "peer.log",
                                .working_dir = {},
                                .extra_env = env,
                                .stop_grace = 5000ms});
  ASSERT_TRUE(ihe::test::wait_for_port(port, 15s)) << peer.log();
  MllpClient client;
  ASSERT_FALSE(client.connect("127.0.0.1", port, 5s)) << peer.log();
  for (const std::string control : {"HARNESS0001", "HARNESS0002"}) {
    const auto result = client.send(adt_a01(control), 10s);
    ASSERT_TRUE(result.ok()) << result.error.message() << "\n" << peer.log();
    EXPECT_TRUE(result.discarded.empty());
    const auto msa = segment_fields(result.reply, "MSA");
    ASSERT_GE(msa.size(), 3u) << result.reply;
    EXPECT_EQ(msa[1], "AA") << result.reply;
    EXPECT_EQ(msa[2], control) << result.reply;
  }
}

TEST(ForeignMllpListener, MedplumHl7AcknowledgesOurClient) {
  const auto modules = ihe::test::source_dir() / "tests/peers/node/node_modules";
  ASSERT_TRUE(std::filesystem::exists(modules / "@medplum/hl7"))
      << "run scripts/setup to install the npm peers";
  const std::uint16_t port = ihe::test::free_port();
  expect_acks_from({"node", (ihe::test::source_dir() / "tests/peers/hl7/medplum_listener.js").string(),
                    std::to_string(port)},
                   {{"NODE_PATH", modules.string()}}, port);
}

TEST(ForeignMllpListener, PythonHl7AcknowledgesOurClient) {
  const std::uint16_t port = ihe::test::free_port();
  expect_acks_from(
      {"/usr/bin/python3", (ihe::test::source_dir() / "tests/peers/hl7/python_hl7_listener.py").string(),
       std::to_string(port)},
      {}, port);
}

}  // namespace
}  // namespace ihe::net::test
