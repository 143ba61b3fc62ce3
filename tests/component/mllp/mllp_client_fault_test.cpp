#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <future>
#include <vector>

#include "actors/net/mllp/mllp_client.h"
#include "actors/net/mllp/mllp_error.h"
#include "tests/component/mllp/raw_socket.h"

namespace ihe::net::test {
namespace {

using Clock = std::chrono::steady_clock;

const std::string kAck = "MSH|^~\\&|RIS|HOSP|HIS|HOSP|20261128||ACK^A01|R1|P|2.5.1\rMSA|AA|MSG0001\r";

// Connects to `server` and sends one message with the given reply timeout.
MllpSendResult send_one(const ScriptedServer& server, std::chrono::milliseconds timeout) {
  MllpClient client;
  if (auto ec = client.connect("127.0.0.1", server.port(), 5s)) return {ec, {}, {}};
  return client.send("MSH|^~\\&|HIS|HOSP|RIS|HOSP|20261128||ADT^A01|MSG0001|P|2.5.1\r", timeout);
}

TEST(MllpClient, SilentServerGivesAckTimeoutWithinDeadline) {
  ScriptedServer server([](RawSocket& peer) { peer.wait_closed(10s); });
  const auto start = Clock::now();
  const auto result = send_one(server, 500ms);
  const auto elapsed = Clock::now() - start;
  EXPECT_EQ(result.error, MllpError::AckTimeout);
  EXPECT_TRUE(result.discarded.empty());
  EXPECT_GE(elapsed, 500ms);
  EXPECT_LT(elapsed, 1500ms);
}

TEST(MllpClient, ServerClosingMidFrameGivesPeerClosedWithPartialFrame) {
  ScriptedServer server([](RawSocket& peer) {
    peer.read_frames(1, 5s);
    peer.send("\x0BMSH|^~\\&|RIS");
  });
  const auto result = send_one(server, 5s);
  EXPECT_EQ(result.error, MllpError::PeerClosed);
  ASSERT_EQ(result.discarded.size(), 1u);
  EXPECT_EQ(result.discarded[0].error, MllpError::IncompleteFrame);
  EXPECT_EQ(result.discarded[0].bytes, "\x0BMSH|^~\\&|RIS");
}

TEST(MllpClient, GarbageBeforeValidReplyIsReportedAndReplyAccepted) {
  ScriptedServer server([](RawSocket& peer) {
    peer.read_frames(1, 5s);
    peer.send("HTTP/1.1 400 Bad Request\r\n\r\n");
    peer.send(frame(kAck));
    peer.wait_closed(5s);
  });
  const auto result = send_one(server, 5s);
  ASSERT_TRUE(result.ok()) << result.error.message();
  EXPECT_EQ(result.reply, kAck);
  ASSERT_EQ(result.discarded.size(), 1u);
  EXPECT_EQ(result.discarded[0].error, MllpError::BytesOutsideFrame);
  EXPECT_EQ(result.discarded[0].bytes, "HTTP/1.1 400 Bad Request\r\n\r\n");
}

TEST(MllpClient, UnframedReplyGivesAckTimeoutAndShowsTheBytes) {
  ScriptedServer server([](RawSocket& peer) {
    peer.read_frames(1, 5s);
    peer.send(kAck);
    peer.wait_closed(5s);
  });
  const auto result = send_one(server, 500ms);
  EXPECT_EQ(result.error, MllpError::AckTimeout);
  ASSERT_EQ(result.discarded.size(), 1u);
  EXPECT_EQ(result.discarded[0].error, MllpError::BytesOutsideFrame);
  EXPECT_EQ(result.discarded[0].bytes, kAck);
}

TEST(MllpClient, ReplyDrippedByteByByteSucceedsWithinDeadline) {
  ScriptedServer server([](RawSocket& peer) {
    peer.read_frames(1, 5s);
    peer.drip(frame(kAck), 2ms);
    peer.wait_closed(5s);
  });
  const auto result = send_one(server, 5s);
  ASSERT_TRUE(result.ok()) << result.error.message();
  EXPECT_EQ(result.reply, kAck);
}

TEST(MllpClient, ReplyDrippedPastDeadlineGivesAckTimeout) {
  ScriptedServer server([](RawSocket& peer) {
    peer.read_frames(1, 5s);
    peer.drip(frame(kAck).substr(0, 40), 20ms);
    peer.wait_closed(5s);
  });
  const auto start = Clock::now();
  const auto result = send_one(server, 300ms);
  EXPECT_EQ(result.error, MllpError::AckTimeout);
  EXPECT_LT(Clock::now() - start, 1300ms);
  ASSERT_EQ(result.discarded.size(), 1u);
  EXPECT_EQ(result.discarded[0].error, MllpError::IncompleteFrame);
}

TEST(MllpClient, OversizedReplyGivesMessageTooLarge) {
  ScriptedServer server([](RawSocket& peer) {
    peer.read_frames(1, 5s);
    peer.send(frame(std::string(5000, 'Z')));
    peer.wait_closed(5s);
  });
  MllpClient client({.max_message_size = 1000});
  ASSERT_FALSE(client.connect("127.0.0.1", server.port(), 5s));
  const auto result = client.send("MSH|x", 5s);
  EXPECT_EQ(result.error, MllpError::MessageTooLarge);
  EXPECT_FALSE(client.is_open());
}

TEST(MllpClient, SecondFrameAfterReplyIsReportedAsUnexpected) {
  ScriptedServer server([](RawSocket& peer) {
    peer.read_frames(1, 5s);
    peer.send(frame(kAck) + frame("MSH|extra"));
    peer.wait_closed(5s);
  });
  const auto result = send_one(server, 5s);
  ASSERT_TRUE(result.ok()) << result.error.message();
  EXPECT_EQ(result.reply, kAck);
  ASSERT_EQ(result.discarded.size(), 1u);
  EXPECT_EQ(result.discarded[0].error, MllpError::UnexpectedReply);
  EXPECT_EQ(result.discarded[0].bytes, "MSH|extra");
}

TEST(MllpClient, ServerClosingWithoutReplyGivesPeerClosed) {
  ScriptedServer server([](RawSocket& peer) { peer.read_frames(1, 5s); });
  const auto result = send_one(server, 5s);
  EXPECT_EQ(result.error, MllpError::PeerClosed);
  EXPECT_TRUE(result.discarded.empty());
}

TEST(MllpClient, PeerThatNeverReadsGivesSendTimeout) {
  std::promise<void> test_done;
  // Reads nothing until the test is over (the client's FIN would queue behind the unsent bytes).
  ScriptedServer server([done = test_done.get_future().share()](RawSocket&) { done.wait_for(10s); });
  MllpClient client;
  ASSERT_FALSE(client.connect("127.0.0.1", server.port(), 5s));
  // More than the loopback socket buffers of both sides can hold, so the write cannot complete.
  const std::string huge(64 * 1024 * 1024, 'A');
  const auto start = Clock::now();
  const auto result = client.send(huge, 300ms);
  EXPECT_EQ(result.error, MllpError::SendTimeout);
  EXPECT_LT(Clock::now() - start, 1300ms);
  EXPECT_FALSE(client.is_open());
  test_done.set_value();
}

TEST(MllpClient, ListenerWithFullBacklogGivesConnectTimeout) {
  // A listening socket that never accepts, its queue filled: Linux drops further SYNs, so connect() waits.
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  ASSERT_EQ(bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr), 0);
  ASSERT_EQ(listen(fd, 0), 0);
  ASSERT_EQ(getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len), 0);
  const std::uint16_t port = ntohs(addr.sin_port);
  std::vector<MllpClient> fillers(3);
  for (auto& filler : fillers) filler.connect("127.0.0.1", port, 200ms);
  MllpClient client;
  const auto start = Clock::now();
  EXPECT_EQ(client.connect("127.0.0.1", port, 300ms), MllpError::ConnectTimeout);
  EXPECT_LT(Clock::now() - start, 1300ms);
  close(fd);
}

}  // namespace
}  // namespace ihe::net::test
