#include <gtest/gtest.h>

#include "actors/common/hl7_messages/adt_messages.h"
#include "tests/component/order_placer/op_fixture.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;
using test::filler_order;

class OrderPlacerTest : public ::testing::Test {
 protected:
  OrderPlacerTest() : placer_(test::example_config_to(filler_.port()), {}, log_) { placer_.start(); }

  Hl7Exchange send_to_placer(const hl7::Message& message, const std::string& transaction) {
    Hl7Sender sender(test::op_peer(placer_.hl7_port()), ids_);
    return sender.send(message, transaction);
  }

  IdFactory ids_;
  test::ScriptedFiller filler_{ids_};
  TransactionLog log_;
  OrderPlacer placer_;
};

TEST_F(OrderPlacerTest, ExampleOrderIsPlacedAndTheFillerNumberKept) {
  ASSERT_TRUE(placer_.wait_scripted(20s));
  const auto received = filler_.received();
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].get("ORC-1"), "NW");
  EXPECT_EQ(received[0].get("ORC-2.1"), "PLC1001");
  EXPECT_EQ(received[0].get("ORC-2.2"), "OP_SIM");
  EXPECT_EQ(received[0].get("OBR-4.1"), "CT-HEAD");
  EXPECT_EQ(received[0].get("TQ1-7"), "20240106090000");
  const auto record = placer_.orders().by_placer("PLC1001");
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->state, "accepted");
  EXPECT_EQ(record->order.procedure.filler_order_number, "FIL1^OF_APP");
  EXPECT_TRUE(placer_.orders().by_filler("FIL1").has_value());
}

TEST_F(OrderPlacerTest, PlaceAndCancelBlocking) {
  ASSERT_TRUE(placer_.wait_scripted(20s));
  OrderMessage order = test::example_config().orders.front();
  order.procedure.placer_order_number.clear();  // a new number of ours
  const auto placed = placer_.place_order(order);
  ASSERT_TRUE(placed.ok()) << placed.exchange.problems;
  const std::string placer = placed.response->placer_order_number;
  EXPECT_NE(placer.find("^OP_SIM"), std::string::npos);
  const auto cancelled = placer_.cancel_order(placer);
  ASSERT_TRUE(cancelled.ok()) << cancelled.exchange.problems;
  EXPECT_EQ(cancelled.response->order_control, "CR");
  EXPECT_EQ(filler_.received().back().get("ORC-1"), "CA");
  EXPECT_EQ(placer_.orders().by_placer(placer)->state, "cancelled");
  EXPECT_THROW(placer_.cancel_order("NOSUCH"), HarnessError);
}

TEST_F(OrderPlacerTest, NewFillerOrderIsAnsweredNaWithOurPlacerNumber) {
  const auto exchange = send_to_placer(build_order(filler_order("SN", "", "FIL9^OF_APP")), "RAD-3");
  ASSERT_TRUE(exchange.accepted()) << exchange.problems;
  EXPECT_EQ(exchange.response->get_er7("MSH-9"), "ORG^O20^ORG_O20");
  const auto response = read_order_response(*exchange.response);
  ASSERT_TRUE(response.ok());
  EXPECT_EQ(response.value().order_control, "NA");
  EXPECT_EQ(response.value().filler_order_number, "FIL9^OF_APP");
  ASSERT_FALSE(response.value().placer_order_number.empty());
  const auto record = placer_.orders().by_filler("FIL9");
  ASSERT_TRUE(record.has_value());
  EXPECT_EQ(record->order.procedure.placer_order_number, response.value().placer_order_number);
  EXPECT_EQ(record->state, "created by filler");
}

TEST_F(OrderPlacerTest, StatusAndCancelFromTheFillerAreAcknowledged) {
  ASSERT_TRUE(send_to_placer(build_order(filler_order("SN", "", "FIL7")), "RAD-3").accepted());
  const auto in_progress = send_to_placer(build_order(filler_order("SC", "IP", "FIL7")), "RAD-3");
  EXPECT_EQ(in_progress.ack_code, "AA") << in_progress.problems;
  EXPECT_EQ(placer_.orders().by_filler("FIL7")->state, "IP");
  const auto cancelled = send_to_placer(build_order(filler_order("OC", "CA", "FIL7")), "RAD-3");
  EXPECT_EQ(cancelled.ack_code, "AA");
  EXPECT_EQ(placer_.orders().by_filler("FIL7")->state, "cancelled by filler");
}

TEST_F(OrderPlacerTest, StatusOfAnUnknownOrderGetsAe204) {
  const auto exchange = send_to_placer(build_order(filler_order("SC", "CM", "NOSUCH")), "RAD-3");
  EXPECT_EQ(exchange.ack_code, "AE");
  ASSERT_EQ(exchange.ack->errors.size(), 1u);
  EXPECT_EQ(exchange.ack->errors[0].code, "204");
}

TEST_F(OrderPlacerTest, FillerOrderWithoutPidGetsAe101) {
  hl7::Message message = build_order(filler_order("SN", "", "FIL8"));
  std::erase_if(message.segments(), [](const hl7::Segment& s) { return s.id == "PID"; });
  const auto exchange = send_to_placer(message, "RAD-3");
  EXPECT_EQ(exchange.ack_code, "AE");
  EXPECT_EQ(exchange.ack->errors.at(0).code, "101");
  EXPECT_EQ(exchange.ack->errors.at(0).location.segment, "PID");
}

TEST_F(OrderPlacerTest, A40MovesOrdersToTheSurvivingPatient) {
  ASSERT_TRUE(placer_.wait_scripted(20s));
  AdtEvent merge;
  merge.trigger = "A40";
  merge.patient = {"PAT777", "HOSP", "SMITH^ALICE", "19800214", "F"};
  merge.prior = {"PAT001", "HOSP"};
  EXPECT_EQ(send_to_placer(build_adt(merge), "RAD-12").ack_code, "AA");
  EXPECT_EQ(placer_.orders().by_placer("PLC1001")->order.patient.id, "PAT777");
  EXPECT_FALSE(placer_.orders().patient("PAT001").has_value());
  EXPECT_TRUE(placer_.orders().patient("PAT777").has_value());
}

TEST(OrderPlacerLegacy, V231FillerOrderIsAnsweredWithOrrNa) {
  IdFactory ids;
  TransactionLog log;
  OrderPlacerConfig config = test::example_config();
  config.hl7_port = 0;
  config.orders.clear();
  config.identity.version = "2.3.1";
  OrderPlacer placer(config, {}, log);
  placer.start();
  Hl7PeerSettings peer = test::op_peer(placer.hl7_port());
  peer.version = "2.3.1";
  Hl7Sender sender(peer, ids);
  const auto exchange = sender.send(build_order(filler_order("SN", "", "FIL3"), "2.3.1"), "RAD-3");
  ASSERT_TRUE(exchange.accepted()) << exchange.problems;
  EXPECT_EQ(exchange.sent.get_er7("MSH-9"), "ORM^O01");
  EXPECT_EQ(exchange.response->get_er7("MSH-9"), "ORR^O02");
  const auto response = read_order_response(*exchange.response);
  ASSERT_TRUE(response.ok());
  EXPECT_EQ(response.value().order_control, "NA");
  // A version below the configured one is refused (AR, ERR 203).
  const auto old = Hl7Sender(test::op_peer(placer.hl7_port()), ids)
                       .send(build_order(filler_order("SN", "", "FIL4"), "2.2"), "RAD-3");
  EXPECT_EQ(old.ack_code, "AR");
}

}  // namespace
}  // namespace ihe::actors
