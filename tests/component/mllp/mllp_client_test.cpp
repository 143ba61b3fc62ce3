#include <gtest/gtest.h>

#include "actors/net/mllp/mllp_client.h"
#include "actors/net/mllp/mllp_error.h"
#include "actors/net/mllp/mllp_listener.h"
#include "tests/component/mllp/event_log.h"
#include "tests/component/mllp/raw_socket.h"
#include "tests/support/net_util.h"

namespace ihe::net::test {
namespace {

std::optional<std::string> echo_ack(const std::string& message, const MllpConnectionInfo&) {
  return "ACK " + message;
}

TEST(MllpClient, KeepsOneConnectionForSeveralMessages) {
  std::vector<std::uint64_t> connection_ids;
  MllpListener listener({}, [&](const std::string& message, const MllpConnectionInfo& info) {
    connection_ids.push_back(info.id);
    return std::optional<std::string>("ACK " + message);
  });
  listener.start();
  MllpClient client;
  ASSERT_FALSE(client.connect("127.0.0.1", listener.port(), 5s));
  for (const std::string message : {"first", "second", "third"}) {
    const auto result = client.send(message, 5s);
    ASSERT_TRUE(result.ok()) << result.error.message();
    EXPECT_EQ(result.reply, "ACK " + message);
    EXPECT_TRUE(result.discarded.empty());
  }
  listener.stop();
  EXPECT_EQ(connection_ids, std::vector<std::uint64_t>(3, 1));
}

TEST(MllpClient, PublishesSentAndReceivedFrames) {
  MllpListener listener({}, echo_ack);
  listener.start();
  MllpClient client;
  EventLog log(client.events());
  ASSERT_FALSE(client.connect("127.0.0.1", listener.port(), 5s));
  ASSERT_TRUE(client.send("hello", 5s).ok());
  client.close();
  const auto events = log.snapshot();
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].kind, MllpEventKind::ConnectionOpened);
  EXPECT_EQ(events[0].connection.peer_port, listener.port());
  EXPECT_EQ(events[1].kind, MllpEventKind::FrameSent);
  EXPECT_EQ(events[1].bytes, "hello");
  EXPECT_EQ(events[2].kind, MllpEventKind::FrameReceived);
  EXPECT_EQ(events[2].bytes, "ACK hello");
  EXPECT_EQ(events[3].kind, MllpEventKind::ConnectionClosed);
  EXPECT_FALSE(events[3].error);
}

TEST(MllpClient, SendWithoutConnectionIsNotConnected) {
  MllpClient client;
  EXPECT_EQ(client.send("hello", 1s).error, MllpError::NotConnected);
}

TEST(MllpClient, RefusedConnectionIsConnectionRefused) {
  MllpClient client;
  const auto ec = client.connect("127.0.0.1", ihe::test::free_port(), 5s);
  EXPECT_EQ(ec, std::errc::connection_refused) << ec.message();
  EXPECT_FALSE(client.is_open());
}

TEST(MllpClient, ReconnectsAfterPeerClosed) {
  MllpListener listener({}, echo_ack);
  listener.start();
  MllpClient client;
  ASSERT_FALSE(client.connect("127.0.0.1", listener.port(), 5s));
  ASSERT_TRUE(client.send("one", 5s).ok());
  ASSERT_FALSE(client.connect("127.0.0.1", listener.port(), 5s));
  EXPECT_EQ(client.connection().id, 2u);
  EXPECT_EQ(client.send("two", 5s).reply, "ACK two");
}

}  // namespace
}  // namespace ihe::net::test
