#include <gtest/gtest.h>

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

}  // namespace
}  // namespace ihe::net::test
