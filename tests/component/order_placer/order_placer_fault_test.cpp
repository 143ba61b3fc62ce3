// Each Order Placer fault switch really makes it misbehave on the wire.
#include <gtest/gtest.h>

#include "actors/order_placer/order_placer_faults.h"
#include "tests/component/hl7_link/findings_fixture.h"
#include "tests/component/order_placer/op_fixture.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;
using test::filler_order;

class OrderPlacerFaults : public ::testing::Test {
 protected:
  // The placer with `fault` on, the example's order not placed (its <order> list emptied).
  void start_with(std::string_view fault) {
    OrderPlacerConfig config = test::example_config_to(filler_.port());
    config.orders.clear();
    placer_ = std::make_unique<OrderPlacer>(
        config, FaultSwitches::select(order_placer_faults(), {std::string(fault)}, "order-placer"), log_);
    placer_->start();
  }
  // A RAD-3 SN from the "Order Filler".
  Hl7Exchange send_sn(std::chrono::milliseconds timeout = 5s) {
    Hl7Sender sender(test::op_peer(placer_->hl7_port(), timeout), ids_);
    return sender.send(build_order(filler_order("SN", "", "FIL9^OF_APP")), "RAD-3");
  }
  std::optional<OrderResponse> response_of(const Hl7Exchange& exchange) {
    if (!exchange.response) return std::nullopt;
    const auto read = read_order_response(*exchange.response);
    return read ? std::optional(read.value()) : std::nullopt;
  }

  IdFactory ids_;
  test::ScriptedFiller filler_{ids_};
  TransactionLog log_;
  std::unique_ptr<OrderPlacer> placer_;
};

TEST_F(OrderPlacerFaults, AnswerAe) {
  start_with(order_placer_fault::kAnswerAe);
  const auto exchange = send_sn();
  EXPECT_EQ(exchange.ack_code, "AE");
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::Rejected);
}

TEST_F(OrderPlacerFaults, NeverAnswer) {
  start_with(order_placer_fault::kNeverAnswer);
  const auto exchange = send_sn(300ms);
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::NoReply);
  EXPECT_EQ(exchange.transport, net::MllpError::AckTimeout);
}

TEST_F(OrderPlacerFaults, WrongMsa2) {
  start_with(order_placer_fault::kWrongMsa2);
  const auto exchange = send_sn();
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::WrongControlId);
  EXPECT_NE(exchange.ack->control_id, exchange.sent.control_id());
}

TEST_F(OrderPlacerFaults, CloseWithoutAnswer) {
  start_with(order_placer_fault::kCloseWithoutAnswer);
  const auto exchange = send_sn();
  EXPECT_EQ(exchange.outcome, ExchangeOutcome::NoReply);
  EXPECT_EQ(exchange.transport, net::MllpError::PeerClosed);
}

TEST_F(OrderPlacerFaults, SnAnswerOk) {
  start_with(order_placer_fault::kSnAnswerOk);
  const auto response = response_of(send_sn());
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->order_control, "OK");
  EXPECT_FALSE(response->placer_order_number.empty());
}

TEST_F(OrderPlacerFaults, SnNoPlacerNumber) {
  start_with(order_placer_fault::kSnNoPlacerNumber);
  const auto response = response_of(send_sn());
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->order_control, "NA");
  EXPECT_EQ(response->placer_order_number, "");
}

TEST_F(OrderPlacerFaults, NwWithoutPlacerNumber) {
  start_with(order_placer_fault::kNwWithoutPlacerNumber);
  placer_->place_order(test::example_config().orders.front());
  const auto received = filler_.received();
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].get("ORC-1"), "NW");
  EXPECT_EQ(received[0].get_er7("ORC-2"), "");
  EXPECT_EQ(received[0].get_er7("OBR-2"), "");
  EXPECT_NE(test::finding_locations(received[0], "RAD-2").find("ORC-2"), std::string::npos);
}

TEST_F(OrderPlacerFaults, WithoutFaultsTheSameExchangesConform) {
  placer_ = std::make_unique<OrderPlacer>(test::example_config_to(filler_.port()), FaultSwitches{}, log_);
  placer_->start();
  const auto exchange = send_sn();
  EXPECT_TRUE(exchange.accepted()) << exchange.problems;
  const auto response = response_of(exchange);
  ASSERT_TRUE(response.has_value());
  EXPECT_EQ(response->order_control, "NA");
  EXPECT_FALSE(response->placer_order_number.empty());
  ASSERT_TRUE(placer_->wait_scripted(20s));
  EXPECT_EQ(filler_.received().at(0).get("ORC-2.1"), "PLC1001");
  EXPECT_EQ(test::finding_locations(filler_.received().at(0), "RAD-2"), "");
}

}  // namespace
}  // namespace ihe::actors
