#include <gtest/gtest.h>

#include "actors/common/hl7_messages/order_messages.h"
#include "tests/component/hl7_link/link_fixture.h"

namespace ihe::actors {
namespace {

using test::peer_at;

class Hl7Link : public ::testing::Test {
 protected:
  Hl7Link() : receiver_({}, ids_, &receiver_log_) {}
  void SetUp() override {
    receiver_.on("ADT^A04", "RAD-1",
                 [this](const hl7::Message& m) {
                   received_ = m;
                   return Hl7Answer::accept();
                 },
                 {"PID"});
    receiver_.on("OMG^O19", "RAD-2", [](const hl7::Message& m) {
      const auto order = read_order(m);
      if (!order) return Hl7Answer::from(order.error());
      Hl7Answer answer;
      answer.response = build_order_response({"OK", order.value().procedure.placer_order_number, "FIL1"});
      return answer;
    });
    receiver_.start();
  }

  IdFactory ids_;
  TransactionLog receiver_log_;
  TransactionLog sender_log_;
  test::Records receiver_records_{receiver_log_};
  test::Records sender_records_{sender_log_};
  Hl7Receiver receiver_;
  hl7::Message received_;
};

TEST_F(Hl7Link, AdtIsAcceptedWithAnAckAnsweringItsControlId) {
  Hl7Sender sender(peer_at(receiver_.port()), ids_, &sender_log_);
  const Hl7Exchange exchange = sender.send(build_adt(test::a04()), "RAD-1");
  ASSERT_TRUE(exchange.accepted()) << exchange.problems;
  EXPECT_EQ(exchange.ack_code, "AA");
  ASSERT_TRUE(exchange.ack.has_value());
  EXPECT_EQ(exchange.ack->control_id, exchange.sent.control_id());
  EXPECT_FALSE(exchange.sent.control_id().empty());

  // What the sender filled in, as the receiver saw it.
  EXPECT_EQ(received_.get("MSH-3"), "ADT_SIM");
  EXPECT_EQ(received_.get("MSH-6"), "RADIOLOGY");
  EXPECT_EQ(received_.get("MSH-11"), "P");
  EXPECT_EQ(received_.get("MSH-12"), "2.5.1");
  EXPECT_FALSE(received_.get("MSH-7").empty());

  // ACK MSH swaps MSH-3/4 and MSH-5/6 (HL7 v2.5.1 2.9.2).
  const hl7::Message& ack = *exchange.response;
  EXPECT_EQ(ack.get("MSH-3"), "OF_APP");
  EXPECT_EQ(ack.get("MSH-4"), "RADIOLOGY");
  EXPECT_EQ(ack.get("MSH-5"), "ADT_SIM");
  EXPECT_EQ(ack.get("MSH-6"), "HOSP");
  EXPECT_NE(ack.control_id(), exchange.sent.control_id());

  ASSERT_EQ(sender_records_.get().size(), 1u);
  EXPECT_EQ(sender_records_.get()[0].transaction, "RAD-1");
  EXPECT_EQ(sender_records_.get()[0].outcome, "AA");
  ASSERT_EQ(receiver_records_.get().size(), 1u);
  EXPECT_EQ(receiver_records_.get()[0].transaction, "RAD-1");
  EXPECT_EQ(receiver_records_.get()[0].outcome.substr(0, 2), "AA");
}

TEST_F(Hl7Link, ControlIdsAreUniqueAcrossMessagesOnOneConnection) {
  Hl7Sender sender(peer_at(receiver_.port()), ids_, &sender_log_);
  const auto first = sender.send(build_adt(test::a04()), "RAD-1");
  const auto second = sender.send(build_adt(test::a04()), "RAD-1");
  ASSERT_TRUE(first.accepted());
  ASSERT_TRUE(second.accepted());
  EXPECT_NE(first.sent.control_id(), second.sent.control_id());
}

TEST_F(Hl7Link, ApplicationResponseCarriesTheHandlersOrc) {
  Hl7Sender sender(peer_at(receiver_.port()), ids_, &sender_log_);
  OrderMessage order;
  order.patient = test::a04().patient;
  order.procedure.placer_order_number = "PLC9^OP";
  order.procedure.codes = {{"CT-HEAD", "LOCAL", "CT head"}};
  const Hl7Exchange exchange = sender.send(build_order(order), "RAD-2");
  ASSERT_TRUE(exchange.accepted()) << exchange.problems;
  const hl7::Message& response = *exchange.response;
  EXPECT_EQ(response.get_er7("MSH-9"), "ORG^O20^ORG_O20");
  ASSERT_GE(response.segments().size(), 3u);
  EXPECT_EQ(response.segments()[1].id, "MSA");
  const auto read = read_order_response(response);
  ASSERT_TRUE(read.ok());
  EXPECT_EQ(read.value(), (OrderResponse{"OK", "PLC9^OP", "FIL1"}));
}

TEST_F(Hl7Link, EnhancedModeGetsAnAcceptAcknowledgement) {
  Hl7PeerSettings settings = peer_at(receiver_.port());
  settings.ack_mode = AckMode::Enhanced;
  Hl7Sender sender(settings, ids_, &sender_log_);
  const Hl7Exchange exchange = sender.send(build_adt(test::a04()), "RAD-1");
  EXPECT_TRUE(exchange.accepted()) << exchange.problems;
  EXPECT_EQ(exchange.ack_code, "CA");
  EXPECT_EQ(received_.get("MSH-15"), "AL");
}

TEST_F(Hl7Link, LegacyVersionIsSentAsBuilt) {
  Hl7ReceiverSettings legacy_settings;
  legacy_settings.version = "2.3.1";
  Hl7Receiver legacy(legacy_settings, ids_);
  legacy.on("ADT^A04", "RAD-1", [](const hl7::Message&) { return Hl7Answer::accept(); });
  legacy.start();
  Hl7PeerSettings settings = peer_at(legacy.port());
  settings.version = "2.3.1";
  Hl7Sender sender(settings, ids_);
  const Hl7Exchange exchange = sender.send(build_adt(test::a04(), "2.3.1"), "RAD-1");
  ASSERT_TRUE(exchange.accepted()) << exchange.problems;
  EXPECT_EQ(exchange.sent.version(), "2.3.1");
  // An ACK before v2.5 has MSH-9 "ACK" alone (RAD TF-2 2.4).
  EXPECT_EQ(exchange.response->get_er7("MSH-9"), "ACK");
}

}  // namespace
}  // namespace ihe::actors
