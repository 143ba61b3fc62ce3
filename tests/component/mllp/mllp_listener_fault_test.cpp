#include <gtest/gtest.h>

#include <stdexcept>

#include "actors/net/mllp/mllp_client.h"
#include "actors/net/mllp/mllp_error.h"
#include "actors/net/mllp/mllp_listener.h"
#include "base/harness_error.h"
#include "tests/component/mllp/event_log.h"
#include "tests/component/mllp/raw_socket.h"

namespace ihe::net::test {
namespace {

std::optional<std::string> echo_ack(const std::string& message, const MllpConnectionInfo&) {
  return "ACK " + message;
}

bool closed_with(const MllpEvent& event, MllpError reason) {
  return event.kind == MllpEventKind::ConnectionClosed && event.error == reason;
}

TEST(MllpListener, ClosesOversizedConnectionAndKeepsServingOthers) {
  MllpListener listener({.max_message_size = 1024}, echo_ack);
  EventLog log(listener.events());
  listener.start();
  auto bystander = RawSocket::connect_to(listener.port());
  auto offender = RawSocket::connect_to(listener.port());
  offender.send(frame(std::string(4096, 'X')));
  EXPECT_TRUE(offender.wait_closed(5s));
  const auto closed =
      log.wait_for([](const MllpEvent& e) { return closed_with(e, MllpError::MessageTooLarge); }, 5s);
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->connection.id, 2u);
  bystander.send(frame("still here"));
  EXPECT_EQ(bystander.read_frames(1, 5s), frame("ACK still here"));
}

TEST(MllpListener, ClosesConnectionIdleLongerThanIdleTimeout) {
  MllpListener listener({.idle_timeout = 200ms}, echo_ack);
  EventLog log(listener.events());
  listener.start();
  auto silent = RawSocket::connect_to(listener.port());
  EXPECT_TRUE(silent.wait_closed(5s));
  EXPECT_TRUE(log.wait_for([](const MllpEvent& e) { return closed_with(e, MllpError::IdleTimeout); }, 5s));
}

TEST(MllpListener, KeepsActiveConnectionOpenPastIdleTimeout) {
  MllpListener listener({.idle_timeout = 300ms}, echo_ack);
  listener.start();
  auto peer = RawSocket::connect_to(listener.port());
  for (int i = 0; i < 5; ++i) {
    std::this_thread::sleep_for(100ms);
    peer.send(frame("ping"));
    ASSERT_EQ(peer.read_frames(1, 5s), frame("ACK ping")) << "round " << i;
  }
}

TEST(MllpListener, HalfOpenAndSilentPeersDoNotDelayOthers) {
  MllpListener listener({}, echo_ack);
  listener.start();
  auto half_frame = RawSocket::connect_to(listener.port());
  half_frame.send("\x0BMSH|never finished");
  auto silent = RawSocket::connect_to(listener.port());
  MllpClient client;
  ASSERT_FALSE(client.connect("127.0.0.1", listener.port(), 5s));
  const auto result = client.send("hello", 5s);
  EXPECT_TRUE(result.ok()) << result.error.message();
  EXPECT_EQ(result.reply, "ACK hello");
}

TEST(MllpListener, ClosesConnectionWhoseHandlerThrowsAndServesNext) {
  MllpListener listener(
      {}, [](const std::string& message, const MllpConnectionInfo&) -> std::optional<std::string> {
        if (message == "boom") throw std::runtime_error("handler exploded");
        return "ACK " + message;
      });
  EventLog log(listener.events());
  listener.start();
  auto peer = RawSocket::connect_to(listener.port());
  peer.send(frame("boom"));
  EXPECT_TRUE(peer.wait_closed(5s));
  const auto closed =
      log.wait_for([](const MllpEvent& e) { return closed_with(e, MllpError::HandlerFailed); }, 5s);
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->bytes, "handler exploded");
  MllpClient client;
  ASSERT_FALSE(client.connect("127.0.0.1", listener.port(), 5s));
  EXPECT_EQ(client.send("fine", 5s).reply, "ACK fine");
}

TEST(MllpListener, PortInUseThrowsHarnessErrorNamingAddressAndPort) {
  MllpListener first({}, echo_ack);
  const std::string where = "127.0.0.1:" + std::to_string(first.port());
  try {
    MllpListener second({.port = first.port()}, echo_ack);
    FAIL() << "a second listener bound " << where;
  } catch (const HarnessError& e) {
    const std::string text = e.what();
    EXPECT_NE(text.find("cannot listen for MLLP on " + where), std::string::npos) << text;
    EXPECT_NE(text.find("address already in use"), std::string::npos) << text;
  }
}

TEST(MllpListener, RejectsAddressThatIsNotAnIpAddress) {
  EXPECT_THROW(MllpListener({.address = "not an address"}, echo_ack), HarnessError);
}

}  // namespace
}  // namespace ihe::net::test
