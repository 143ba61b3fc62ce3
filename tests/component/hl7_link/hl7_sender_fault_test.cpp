#include <gtest/gtest.h>

#include "actors/common/transport_faults/fault_front.h"
#include "actors/net/mllp/mllp_listener.h"
#include "tests/component/hl7_link/link_fixture.h"
#include "tests/support/net_util.h"

// The sender against misbehaving peers: nobody listening, silence, garbage, a reply without MSA, an ACK
// answering another message. Each is an outcome value, never an exception.
namespace ihe::actors {
namespace {

using namespace std::chrono_literals;
using test::peer_at;

// A raw MLLP peer answering every message with `reply` (nullopt: silence).
class ScriptedPeer {
 public:
  explicit ScriptedPeer(std::optional<std::string> reply)
      : listener_({}, [reply](const std::string&, const net::MllpConnectionInfo&) { return reply; }) {
    listener_.start();
  }
  std::uint16_t port() const { return listener_.port(); }

 private:
  net::MllpListener listener_;
};

class Hl7SenderFaults : public ::testing::Test {
 protected:
  Hl7Exchange send_to(std::uint16_t port, std::chrono::milliseconds timeout = 2s) {
    Hl7Sender sender(peer_at(port, timeout), ids_, &log_);
    return sender.send(build_adt(test::a04()), "RAD-1");
  }
  IdFactory ids_;
  TransactionLog log_;
  test::Records records_{log_};
};

TEST_F(Hl7SenderFaults, RefusedPort) {
  const auto exchange = send_to(ihe::test::free_port());
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::NoReply);
  EXPECT_EQ(exchange.transport, std::errc::connection_refused);
  ASSERT_EQ(records_.get().size(), 1u);
  EXPECT_NE(records_.get()[0].outcome.find("no reply"), std::string::npos);
}

TEST_F(Hl7SenderFaults, SilentPeer) {
  ScriptedPeer peer(std::nullopt);
  const auto exchange = send_to(peer.port(), 300ms);
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::NoReply);
  EXPECT_EQ(exchange.transport, net::MllpError::AckTimeout);
}

TEST_F(Hl7SenderFaults, GarbageReply) {
  ScriptedPeer peer(std::string("this is not HL7"));
  const auto exchange = send_to(peer.port());
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::ReplyNotHl7);
  EXPECT_EQ(exchange.response_text, "this is not HL7");
  EXPECT_FALSE(exchange.problems.empty());
}

TEST_F(Hl7SenderFaults, ReplyWithoutMsa) {
  ScriptedPeer peer(std::string("MSH|^~\\&|OF|R|ADT|H|20240101||ACK^A04^ACK|A1|P|2.5.1\r"));
  EXPECT_EQ(send_to(peer.port()).outcome, ExchangeOutcome::NoMsa);
}

TEST_F(Hl7SenderFaults, AckAnsweringAnotherMessage) {
  ScriptedPeer peer(
      std::string("MSH|^~\\&|OF|R|ADT|H|20240101||ACK^A04^ACK|A1|P|2.5.1\rMSA|AA|SOMEONE-ELSE\r"));
  const auto exchange = send_to(peer.port());
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::WrongControlId);
  EXPECT_FALSE(exchange.accepted());
  EXPECT_NE(exchange.problems.find("SOMEONE-ELSE"), std::string::npos);
}

TEST_F(Hl7SenderFaults, SenderRecoversAfterATimeout) {
  Hl7Receiver receiver({}, ids_);
  receiver.on("ADT^A04", "RAD-1", [](const hl7::Message&) { return Hl7Answer::accept(); });
  receiver.set_faults({.never_answer = true});
  receiver.start();
  Hl7Sender sender(peer_at(receiver.port(), 300ms), ids_);
  EXPECT_EQ(sender.send(build_adt(test::a04()), "RAD-1").outcome, ExchangeOutcome::NoReply);
  receiver.set_faults({});
  const auto second = sender.send(build_adt(test::a04()), "RAD-1");
  EXPECT_TRUE(second.accepted()) << second.problems;
}

// A listener that acknowledges everything behind the fault front's slow drip at 2 bytes per 50 ms, far
// faster than the 1 s timeout: the ACK (about 90 bytes) would take ~2.3 s. The exchange's one deadline
// (connect and reply together) ends it with AckTimeout, never waiting for the drip to finish.
TEST_F(Hl7SenderFaults, SlowDripFasterThanTheTimeoutEndsAtTheExchangeDeadline) {
  ScriptedPeer peer(std::string("MSH|^~\\&|OF|R|ADT|H|20240101||ACK^A04^ACK|A1|P|2.5.1\rMSA|AA|ANY\r"));
  FaultFront front({.fault = TransportFault::slow_drip,
                    .upstream_port = peer.port(),
                    .drip_bytes = 2,
                    .drip_interval = 50ms});
  front.start();
  const auto started = std::chrono::steady_clock::now();
  const auto exchange = send_to(front.port(), 1s);
  const auto took = std::chrono::steady_clock::now() - started;
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::NoReply);
  EXPECT_EQ(exchange.transport, net::MllpError::AckTimeout);
  EXPECT_LT(took, 1s + 2s);  // the deadline plus scheduling slack on a loaded machine
}

}  // namespace
}  // namespace ihe::actors
