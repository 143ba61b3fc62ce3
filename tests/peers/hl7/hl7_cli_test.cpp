#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "tests/peers/hl7/hl7_text.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

// `ihe-harness hl7 send` and `hl7 listen` against HL7 implementations that are not ours, and their exit
// codes and one-line errors for a bad peer or bad input.
namespace ihe::net::test {
namespace {

using namespace std::chrono_literals;
using ihe::test::ChildProcess;
using ihe::test::TempDir;

std::string harness() { return ihe::test::harness_binary().string(); }

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// Two ADT^A01 in one file, LF-terminated as a person would write them.
std::filesystem::path write_two_messages(const TempDir& dir) {
  auto text = adt_a01("CLI0001") + adt_a01("CLI0002");
  for (auto& c : text)
    if (c == '\r') c = '\n';
  const auto path = dir / "two.hl7";
  std::ofstream(path) << text;
  return path;
}

// A TCP port that accepts connections (the kernel completes the handshake) but never answers.
class SilentPeer {
 public:
  SilentPeer() : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    bind(fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr);
    listen(fd_, 4);
    getsockname(fd_, reinterpret_cast<sockaddr*>(&addr), &len);
    port_ = ntohs(addr.sin_port);
  }
  ~SilentPeer() { close(fd_); }
  std::uint16_t port() const { return port_; }

 private:
  int fd_;
  std::uint16_t port_ = 0;
};

TEST(Hl7Cli, MllpSendDeliversIntoHarnessListen) {
  TempDir dir;
  const auto port = ihe::test::free_port();
  ChildProcess listen({.argv = {harness(), "hl7", "listen", "--port", std::to_string(port), "--count", "2"},
                       .log_file = dir / "listen.log", .working_dir = {}, .extra_env = {}, .stop_grace = 2000ms});
  ASSERT_TRUE(ihe::test::wait_for_port(port, 10s)) << listen.log();
  const int rc = ihe::test::run_command(
      {"/usr/bin/python3", "/usr/bin/mllp_send", "--loose", "-f", write_two_messages(dir).string(), "-p",
       std::to_string(port), "127.0.0.1"},
      dir / "mllp_send.log", 30s);
  const auto sent = read_file(dir / "mllp_send.log");
  EXPECT_EQ(rc, 0) << sent;
  EXPECT_NE(sent.find("MSA|AA|CLI0001"), std::string::npos) << sent;
  EXPECT_NE(sent.find("MSA|AA|CLI0002"), std::string::npos) << sent;
  EXPECT_EQ(listen.wait_for_exit(10s), 0) << listen.log();
  EXPECT_NE(listen.log().find("PID|1||PAT001^^^HOSP^MR||DOE^JOHN"), std::string::npos) << listen.log();
}

TEST(Hl7Cli, SendIsAcknowledgedByMedplumListener) {
  TempDir dir;
  const auto modules = ihe::test::source_dir() / "tests/peers/node/node_modules";
  ASSERT_TRUE(std::filesystem::exists(modules / "@medplum/hl7")) << "run scripts/setup to install the npm peers";
  const auto port = ihe::test::free_port();
  ChildProcess peer({.argv = {"node", (ihe::test::source_dir() / "tests/peers/hl7/medplum_listener.js").string(),
                              std::to_string(port)},
                     .log_file = dir / "peer.log", .working_dir = {}, .extra_env = {{"NODE_PATH", modules.string()}},
                     .stop_grace = 2000ms});
  ASSERT_TRUE(ihe::test::wait_for_port(port, 15s)) << peer.log();
  const int rc = ihe::test::run_command(
      {harness(), "hl7", "send", "--to", "127.0.0.1:" + std::to_string(port), write_two_messages(dir).string()},
      dir / "send.log", 30s);
  const auto out = read_file(dir / "send.log");
  EXPECT_EQ(rc, 0) << out;
  EXPECT_NE(out.find("AA for CLI0001"), std::string::npos) << out;
  EXPECT_NE(out.find("AA for CLI0002"), std::string::npos) << out;
}

TEST(Hl7Cli, SendExitsOneWhenThePeerAnswersAe) {
  TempDir dir;
  const auto port = ihe::test::free_port();
  ChildProcess listen({.argv = {harness(), "hl7", "listen", "--port", std::to_string(port), "--ack", "AE"},
                       .log_file = dir / "listen.log", .working_dir = {}, .extra_env = {}, .stop_grace = 2000ms});
  ASSERT_TRUE(ihe::test::wait_for_port(port, 10s)) << listen.log();
  const int rc = ihe::test::run_command(
      {harness(), "hl7", "send", "--to", "127.0.0.1:" + std::to_string(port), write_two_messages(dir).string()},
      dir / "send.log", 30s);
  const auto out = read_file(dir / "send.log");
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("AE for CLI0001"), std::string::npos) << out;
}

TEST(Hl7Cli, SendGivesUpOnASilentPeerWithinItsTimeout) {
  TempDir dir;
  SilentPeer silent;
  const auto started = std::chrono::steady_clock::now();
  const int rc = ihe::test::run_command({harness(), "hl7", "send", "--to", "127.0.0.1:" + std::to_string(silent.port()),
                                         "--timeout", "1", write_two_messages(dir).string()},
                                        dir / "send.log", 30s);
  const auto out = read_file(dir / "send.log");
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("no acknowledgement"), std::string::npos) << out;
  EXPECT_LT(std::chrono::steady_clock::now() - started, 10s);
}

TEST(Hl7Cli, SendExitsOneWhenTheConnectionIsRefused) {
  TempDir dir;
  const int rc = ihe::test::run_command({harness(), "hl7", "send", "--to",
                                         "127.0.0.1:" + std::to_string(ihe::test::free_port()),
                                         write_two_messages(dir).string()},
                                        dir / "send.log", 30s);
  const auto out = read_file(dir / "send.log");
  EXPECT_EQ(rc, 1) << out;
  EXPECT_NE(out.find("cannot connect"), std::string::npos) << out;
}

TEST(Hl7Cli, SendRejectsAFileThatIsNotHl7NamingIt) {
  TempDir dir;
  const auto bad = dir / "bad.hl7";
  std::ofstream(bad) << "PID|1||X\n";
  const int rc = ihe::test::run_command({harness(), "hl7", "send", "--to", "127.0.0.1:2575", bad.string()},
                                        dir / "send.log", 30s);
  const auto out = read_file(dir / "send.log");
  EXPECT_EQ(rc, 2) << out;
  EXPECT_NE(out.find("bad.hl7: not an HL7 message"), std::string::npos) << out;
  EXPECT_EQ(std::count(out.begin(), out.end(), '\n'), 1) << out;
}

TEST(Hl7Cli, SendRejectsAMissingFile) {
  TempDir dir;
  const int rc = ihe::test::run_command(
      {harness(), "hl7", "send", "--to", "127.0.0.1:2575", (dir / "absent.hl7").string()}, dir / "send.log", 30s);
  const auto out = read_file(dir / "send.log");
  EXPECT_EQ(rc, 2) << out;
  EXPECT_NE(out.find("absent.hl7: cannot open file"), std::string::npos) << out;
}

TEST(Hl7Cli, ListenReportsAPortInUse) {
  TempDir dir;
  SilentPeer occupant;
  const int rc = ihe::test::run_command({harness(), "hl7", "listen", "--port", std::to_string(occupant.port())},
                                        dir / "listen.log", 30s);
  const auto out = read_file(dir / "listen.log");
  EXPECT_EQ(rc, 2) << out;
  EXPECT_NE(out.find("address already in use"), std::string::npos) << out;
}

}  // namespace
}  // namespace ihe::net::test
