#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>

#include "actors/common/fault_switches.h"
#include "actors/common/hl7_link/background_script.h"
#include "actors/common/hl7_link/hl7_receiver.h"
#include "actors/common/hl7_link/hl7_sender.h"
#include "actors/common/id_factory.h"
#include "actors/common/simulated_actor.h"
#include "actors/common/transaction_log.h"
#include "actors/order_placer/order_book.h"
#include "actors/order_placer/order_placer_config.h"

namespace ihe::actors {

// What a RAD-2 message to the Order Filler gave.
struct PlacementResult {
  Hl7Exchange exchange;
  std::optional<OrderResponse> response;  // the ORC of the ORG^O20 / ORR^O02, when there is one
  // Accepted and answered OK (new order) or CR (cancel), HL7 table 0119.
  bool ok() const;
};

// The simulated Order Placer (RAD TF-1: RAD-1, RAD-2, RAD-3, RAD-12). Sends RAD-2 new and cancel orders to
// the Order Filler and keeps the placer -> filler number map from its ORG^O20 answers; receives RAD-3 (SN
// answered with ORG^O20 NA and a placer number of ours; OC and SC acknowledged) and RAD-1/RAD-12 (patients
// kept, A40 merges applied to the orders).
class OrderPlacer : public SimulatedActor {
 public:
  OrderPlacer(OrderPlacerConfig config, FaultSwitches faults, TransactionLog& log);
  ~OrderPlacer() override;

  // Starts the listener (throws ihe::HarnessError naming the port when it cannot), then places the
  // configured orders on a thread of its own.
  void start() override;
  void stop() override;
  std::string describe() const override;

  // Blocking, for scenario code. A new order (ORC-1 NW); an empty placer number gets a new one of ours.
  // Throws ihe::HarnessError when no Order Filler is configured.
  PlacementResult place_order(OrderMessage order);
  // ORC-1 CA for an order placed before; throws ihe::HarnessError for a placer number we never placed.
  PlacementResult cancel_order(const std::string& placer_number);
  // Until every configured order was placed, or `timeout`. True when done.
  bool wait_scripted(std::chrono::milliseconds timeout);

  const OrderBook& orders() const { return book_; }
  std::uint16_t hl7_port() const { return receiver_.port(); }

 private:
  PlacementResult send_order(const OrderMessage& order);
  Hl7Answer on_filler_order(const hl7::Message& message);
  Hl7Answer on_patient_event(const hl7::Message& message);
  Hl7Sender& sender();

  OrderPlacerConfig config_;
  FaultSwitches faults_;
  IdFactory ids_;
  OrderBook book_;
  std::unique_ptr<Hl7Sender> sender_;
  Hl7Receiver receiver_;
  BackgroundScript script_;  // last: stopped before the rest goes
};

}  // namespace ihe::actors
