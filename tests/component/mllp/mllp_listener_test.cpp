#include <gtest/gtest.h>

#include <atomic>
#include <mutex>
#include <set>
#include <thread>
#include <vector>

#include "actors/net/mllp/mllp_client.h"
#include "actors/net/mllp/mllp_error.h"
#include "actors/net/mllp/mllp_listener.h"
#include "tests/component/mllp/event_log.h"
#include "tests/component/mllp/raw_socket.h"

namespace ihe::net::test {
namespace {

const std::string kAdt = "MSH|^~\\&|HIS|HOSP|RIS|HOSP|20261128||ADT^A01|MSG0001|P|2.5.1\rPID|1||PAT001\r";

// Replies "ACK " + message, so each reply names the message it answers.
std::optional<std::string> echo_ack(const std::string& message, const MllpConnectionInfo&) {
  return "ACK " + message;
}

TEST(MllpListener, BindsEphemeralLoopbackPort) {
  MllpListener listener({}, echo_ack);
  EXPECT_EQ(listener.address(), "127.0.0.1");
  EXPECT_NE(listener.port(), 0);
}

TEST(MllpListener, AnswersFrameSentOneByteAtATime) {
  std::vector<std::string> seen;
  MllpListener listener({}, [&](const std::string& message, const MllpConnectionInfo&) {
    seen.push_back(message);
    return std::optional<std::string>("ACK");
  });
  listener.start();
  auto peer = RawSocket::connect_to(listener.port());
  peer.drip(frame(kAdt), 0ms);
  EXPECT_EQ(peer.read_frames(1, 5s), frame("ACK"));
  listener.stop();
  ASSERT_EQ(seen.size(), 1u);
  EXPECT_EQ(seen[0], kAdt);
}

TEST(MllpListener, AnswersCoalescedFramesInOrder) {
  MllpListener listener({}, echo_ack);
  listener.start();
  auto peer = RawSocket::connect_to(listener.port());
  peer.send(frame("one") + frame("two") + frame("three"));
  EXPECT_EQ(peer.read_frames(3, 5s), frame("ACK one") + frame("ACK two") + frame("ACK three"));
}

TEST(MllpListener, ReportsBytesOutsideFramesAndStillAnswers) {
  MllpListener listener({}, echo_ack);
  EventLog log(listener.events());
  listener.start();
  auto peer = RawSocket::connect_to(listener.port());
  peer.send("junk\r\n" + frame("one"));
  EXPECT_EQ(peer.read_frames(1, 5s), frame("ACK one"));
  const auto issue = log.wait_for(MllpEventKind::FramingError, 5s);
  ASSERT_TRUE(issue);
  EXPECT_EQ(issue->error, MllpError::BytesOutsideFrame);
  EXPECT_EQ(issue->bytes, "junk\r\n");
}

TEST(MllpListener, PublishesConnectionLifecycleInOrder) {
  MllpListener listener({}, echo_ack);
  EventLog log(listener.events());
  listener.start();
  {
    auto peer = RawSocket::connect_to(listener.port());
    peer.send(frame("one"));
    ASSERT_EQ(peer.read_frames(1, 5s), frame("ACK one"));
  }
  ASSERT_TRUE(log.wait_for(MllpEventKind::ConnectionClosed, 5s));
  const auto events = log.snapshot();
  ASSERT_EQ(events.size(), 4u);
  EXPECT_EQ(events[0].kind, MllpEventKind::ConnectionOpened);
  EXPECT_EQ(events[0].connection.peer_address, "127.0.0.1");
  EXPECT_NE(events[0].connection.peer_port, 0);
  EXPECT_EQ(events[1].kind, MllpEventKind::FrameReceived);
  EXPECT_EQ(events[1].bytes, "one");
  EXPECT_EQ(events[2].kind, MllpEventKind::FrameSent);
  EXPECT_EQ(events[2].bytes, "ACK one");
  EXPECT_EQ(events[3].kind, MllpEventKind::ConnectionClosed);
  EXPECT_EQ(events[3].error, MllpError::PeerClosed);
  for (const auto& event : events) EXPECT_EQ(event.connection.id, events[0].connection.id);
}

TEST(MllpListener, ServesFiftyConcurrentConnectionsEachWithItsOwnReply) {
  std::mutex mutex;
  std::vector<std::uint64_t> connection_ids;
  MllpListener listener({}, [&](const std::string& message, const MllpConnectionInfo& info) {
    std::lock_guard lock(mutex);
    connection_ids.push_back(info.id);
    return std::optional<std::string>("ACK " + message);
  });
  listener.start();
  constexpr int kClients = 50;
  std::atomic<int> answered{0};
  std::vector<std::thread> clients;
  std::vector<std::string> failures(kClients);
  for (int i = 0; i < kClients; ++i) {
    clients.emplace_back([&, i] {
      MllpClient client;
      if (auto ec = client.connect("127.0.0.1", listener.port(), 5s)) return void(failures[i] = ec.message());
      for (int n = 0; n < 3; ++n) {
        const std::string message = "client " + std::to_string(i) + " message " + std::to_string(n);
        const auto result = client.send(message, 10s);
        if (!result.ok()) return void(failures[i] = result.error.message());
        if (result.reply != "ACK " + message) return void(failures[i] = "wrong reply: " + result.reply);
      }
      ++answered;
    });
  }
  for (auto& t : clients) t.join();
  for (int i = 0; i < kClients; ++i) EXPECT_EQ(failures[i], "") << "client " << i;
  EXPECT_EQ(answered, kClients);
  std::set<std::uint64_t> distinct(connection_ids.begin(), connection_ids.end());
  EXPECT_EQ(distinct.size(), static_cast<std::size_t>(kClients));
}

TEST(MllpListener, SendsNothingWhenHandlerDeclinesToAnswer) {
  MllpListener listener(
      {}, [](const std::string&, const MllpConnectionInfo&) { return std::optional<std::string>(); });
  listener.start();
  MllpClient client;
  ASSERT_FALSE(client.connect("127.0.0.1", listener.port(), 5s));
  EXPECT_EQ(client.send(kAdt, 300ms).error, MllpError::AckTimeout);
}

TEST(MllpListener, StopClosesOpenConnectionsAndReturns) {
  MllpListener listener({}, echo_ack);
  EventLog log(listener.events());
  listener.start();
  auto first = RawSocket::connect_to(listener.port());
  auto second = RawSocket::connect_to(listener.port());
  first.send("\x0Bopen frame");
  ASSERT_TRUE(log.wait_for([](const MllpEvent& e) { return e.connection.id == 2; }, 5s));
  listener.stop();
  EXPECT_TRUE(first.wait_closed(5s));
  EXPECT_TRUE(second.wait_closed(5s));
  const auto closed = log.wait_for(
      [](const MllpEvent& e) {
        return e.kind == MllpEventKind::ConnectionClosed && e.error == MllpError::ListenerStopped;
      },
      1s);
  EXPECT_TRUE(closed);
  listener.stop();  // idempotent
}

}  // namespace
}  // namespace ihe::net::test
