#include <gtest/gtest.h>

#include <stdexcept>

#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"
#include "actors/net/mllp/mllp_client.h"
#include "tests/component/hl7_link/link_fixture.h"

// The receiver's own answers (HL7 v2.5.1 2.9.2, table 0357) and its fault hooks, over real MLLP.
namespace ihe::actors {
namespace {

using namespace std::chrono_literals;
using test::peer_at;

class Hl7ReceiverAnswers : public ::testing::Test {
 protected:
  Hl7ReceiverAnswers() : receiver_({}, ids_, &log_) {}
  void SetUp() override {
    receiver_.on("ADT^A04", "RAD-1", [](const hl7::Message&) { return Hl7Answer::accept(); }, {"PID", "PV1"});
    receiver_.on("ADT^A08", "RAD-12",
                 [](const hl7::Message&) -> Hl7Answer { throw std::runtime_error("boom"); });
    receiver_.start();
  }

  Hl7Exchange send(hl7::Message message, std::chrono::milliseconds timeout = 5s) {
    Hl7Sender sender(peer_at(receiver_.port(), timeout), ids_);
    return sender.send(std::move(message), "RAD-1");
  }

  // The single ERR's ERR-3 code of a rejected exchange.
  static std::string err_code(const Hl7Exchange& exchange) {
    if (!exchange.ack || exchange.ack->errors.size() != 1) return "(not one ERR)";
    return exchange.ack->errors[0].code;
  }

  IdFactory ids_;
  TransactionLog log_;
  test::Records records_{log_};
  Hl7Receiver receiver_;
};

TEST_F(Hl7ReceiverAnswers, UnknownMessageTypeIsRejectedWith200) {
  hl7::Message message = build_adt(test::a04());
  message.set("MSH-9.1", "ZZZ");
  const auto exchange = send(message);
  EXPECT_EQ(exchange.ack_code, "AR");
  EXPECT_EQ(err_code(exchange), "200");
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::Rejected);
}

TEST_F(Hl7ReceiverAnswers, UnknownTriggerOfAKnownTypeIsRejectedWith201) {
  hl7::Message message = build_adt(test::a04());
  message.set("MSH-9.2", "A99");
  const auto exchange = send(message);
  EXPECT_EQ(exchange.ack_code, "AR");
  EXPECT_EQ(err_code(exchange), "201");
  EXPECT_EQ(exchange.ack->errors[0].location.segment, "MSH");
  EXPECT_EQ(exchange.ack->errors[0].location.field, 9u);
}

TEST_F(Hl7ReceiverAnswers, VersionBelowTheConfiguredOneIsRejectedWith203) {
  const auto exchange = send(build_adt(test::a04(), "2.3.1"));
  EXPECT_EQ(exchange.ack_code, "AR");
  EXPECT_EQ(err_code(exchange), "203");
}

TEST_F(Hl7ReceiverAnswers, HigherVersionIsAccepted) {
  hl7::Message message = build_adt(test::a04());
  message.set("MSH-12", "2.6");
  EXPECT_EQ(send(message).ack_code, "AA");
}

TEST_F(Hl7ReceiverAnswers, MissingRequiredSegmentGetsAe101NamingIt) {
  hl7::Message message = build_adt(test::a04());
  std::erase_if(message.segments(), [](const hl7::Segment& s) { return s.id == "PV1"; });
  const auto exchange = send(message);
  EXPECT_EQ(exchange.ack_code, "AE");
  EXPECT_EQ(err_code(exchange), "101");
  EXPECT_EQ(exchange.ack->errors[0].location.segment, "PV1");
}

TEST_F(Hl7ReceiverAnswers, ThrowingHandlerGetsAe207) {
  AdtEvent event = test::a04();
  event.trigger = "A08";
  const auto exchange = send(build_adt(event));
  EXPECT_EQ(exchange.ack_code, "AE");
  EXPECT_EQ(err_code(exchange), "207");
  EXPECT_EQ(exchange.ack->errors[0].user_message, "boom");
}

TEST_F(Hl7ReceiverAnswers, TextThatIsNotHl7GetsAe101) {
  net::MllpClient client;
  ASSERT_FALSE(client.connect("127.0.0.1", receiver_.port(), 5s));
  const auto result = client.send("MSH|^~\\&|A|B|C|D|20240101||ADT^A04|X1|P|2.5.1\rP@D|broken", 5s);
  ASSERT_TRUE(result.ok()) << result.error.message();
  const auto parsed = hl7::parse(result.reply);
  ASSERT_TRUE(parsed.ok());
  const auto ack = hl7::read_ack(parsed.message());
  ASSERT_TRUE(ack.has_value());
  EXPECT_EQ(ack->code, "AE");
  EXPECT_EQ(ack->control_id, "X1");
  ASSERT_EQ(ack->errors.size(), 1u);
  EXPECT_EQ(ack->errors[0].code, "101");
}

TEST_F(Hl7ReceiverAnswers, EveryMessageIsOneRecord) {
  send(build_adt(test::a04()));
  hl7::Message unknown = build_adt(test::a04());
  unknown.set("MSH-9.1", "ZZZ");
  send(unknown);
  const auto records = records_.get();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].transaction, "RAD-1");
  EXPECT_EQ(records[1].transaction, "HL7");
  EXPECT_EQ(records[1].outcome.substr(0, 2), "AR");
  EXPECT_NE(records[0].peer.find("127.0.0.1:"), std::string::npos);
}

TEST_F(Hl7ReceiverAnswers, TheHandlerMayNameTheTransactionItServed) {
  receiver_.stop();
  Hl7Receiver receiver({}, ids_, &log_);
  receiver.on("ADT^A04", "RAD-1/RAD-12", [](const hl7::Message&) {
    Hl7Answer answer;
    answer.transaction = "RAD-1";
    return answer;
  });
  receiver.on("ADT^A08", "RAD-12", [](const hl7::Message&) { return Hl7Answer::accept(); });
  ASSERT_TRUE(receiver.answer(hl7::serialize(build_adt(test::a04())), "127.0.0.1:1"));
  auto update = test::a04();
  update.trigger = "A08";
  ASSERT_TRUE(receiver.answer(hl7::serialize(build_adt(update)), "127.0.0.1:1"));
  const auto records = records_.get();
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].transaction, "RAD-1");
  EXPECT_EQ(records[1].transaction, "RAD-12");
}

TEST_F(Hl7ReceiverAnswers, FaultAnswerAe) {
  receiver_.set_faults({.answer_ae = true});
  const auto exchange = send(build_adt(test::a04()));
  EXPECT_EQ(exchange.ack_code, "AE");
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::Rejected);
}

TEST_F(Hl7ReceiverAnswers, FaultWrongMsa2IsSeenBySender) {
  receiver_.set_faults({.wrong_msa2 = true});
  const auto exchange = send(build_adt(test::a04()));
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::WrongControlId);
  EXPECT_EQ(exchange.ack_code, "AA");
  EXPECT_NE(exchange.problems.find(exchange.sent.control_id()), std::string::npos);
}

TEST_F(Hl7ReceiverAnswers, FaultNeverAnswerTimesTheSenderOut) {
  receiver_.set_faults({.never_answer = true});
  const auto exchange = send(build_adt(test::a04()), 300ms);
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::NoReply);
  EXPECT_EQ(exchange.transport, net::MllpError::AckTimeout);
  EXPECT_NE(records_.get().at(0).outcome.find("never-answer"), std::string::npos);
}

TEST_F(Hl7ReceiverAnswers, FaultCloseWithoutAnswer) {
  receiver_.set_faults({.close_without_answer = true});
  const auto exchange = send(build_adt(test::a04()));
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::NoReply);
  EXPECT_EQ(exchange.transport, net::MllpError::PeerClosed);
}

}  // namespace
}  // namespace ihe::actors
