#include "actors/order_placer/order_placer.h"

#include "actors/order_placer/order_placer_faults.h"
#include "base/harness_error.h"

namespace ihe::actors {
namespace {

Hl7ReceiverSettings receiver_settings(const OrderPlacerConfig& config) {
  Hl7ReceiverSettings settings;
  settings.address = config.hl7_address;
  settings.port = config.hl7_port;
  settings.application = config.identity.application;
  settings.facility = config.identity.facility;
  settings.version = config.identity.version;
  return settings;
}

}  // namespace

bool PlacementResult::ok() const {
  return exchange.accepted() && response &&
         (response->order_control == "OK" || response->order_control == "CR");
}

OrderPlacer::OrderPlacer(OrderPlacerConfig config, FaultSwitches faults, TransactionLog& log)
    : config_(std::move(config)),
      faults_(std::move(faults)),
      receiver_(receiver_settings(config_), ids_, &log) {
  if (config_.order_filler) sender_ = std::make_unique<Hl7Sender>(config_.order_filler->peer, ids_, &log);
  for (const auto& entry : config_.patients) book_.put_patient(entry.patient);
  receiver_.set_faults(receiver_faults(faults_));
  // RAD-3 arrives as OMG^O19 (SWF.b) or ORM^O01 (SWF, v2.3.1), digest 2.4.
  for (const char* type : {"OMG^O19", "ORM^O01"})
    receiver_.on(type, "RAD-3", [this](const hl7::Message& m) { return on_filler_order(m); },
                 {"PID", "ORC", "OBR"});
  for (const char* trigger :
       {"A01", "A04", "A05", "A11", "A38", "A02", "A03", "A06", "A07", "A08", "A12", "A13", "A40"})
    receiver_.on(std::string("ADT^") + trigger, std::string(adt_transaction(trigger)),
                 [this](const hl7::Message& m) { return on_patient_event(m); }, {"PID"});
}

OrderPlacer::~OrderPlacer() {
  stop();
}

void OrderPlacer::start() {
  receiver_.start();
  script_.start([this](const std::atomic<bool>& stopping) {
    for (const auto& order : config_.orders) {
      if (stopping) break;
      place_order(order);
    }
  });
}

void OrderPlacer::stop() {
  script_.stop();
  receiver_.stop();
}

std::string OrderPlacer::describe() const {
  std::string text = "Order Placer " + config_.identity.application + " (HL7 " + config_.identity.version +
                     ") listening on 127.0.0.1:" + std::to_string(receiver_.port());
  if (config_.order_filler)
    text += ", orders to " + config_.order_filler->peer.host + ":" +
            std::to_string(config_.order_filler->peer.port);
  return text;
}

bool OrderPlacer::wait_scripted(std::chrono::milliseconds timeout) {
  return script_.wait_done(timeout);
}

Hl7Sender& OrderPlacer::sender() {
  if (!sender_)
    throw HarnessError("order-placer: no Order Filler configured (<send-to> in the configuration)");
  return *sender_;
}

PlacementResult OrderPlacer::place_order(OrderMessage order) {
  order.order_control = "NW";
  order.order_status.clear();
  RequestedProcedure& procedure = order.procedure;
  if (procedure.placer_order_number.empty())
    procedure.placer_order_number = ids_.short_id('L') + "^" + config_.identity.application;
  procedure.patient_id = order.patient.id;
  book_.put({order, "placed"});
  PlacementResult result = send_order(order);
  const bool accepted = result.ok();
  const std::string filler = result.response ? result.response->filler_order_number : std::string();
  book_.update(procedure.placer_order_number, [&](OrderRecord& record) {
    record.state = accepted ? "accepted" : "rejected";
    if (accepted && !filler.empty()) record.order.procedure.filler_order_number = filler;
  });
  return result;
}

PlacementResult OrderPlacer::cancel_order(const std::string& placer_number) {
  auto record = book_.by_placer(placer_number);
  if (!record)
    throw HarnessError("order-placer: cannot cancel '" + placer_number + "': no order of ours has it");
  OrderMessage cancel = record->order;
  cancel.order_control = "CA";
  cancel.order_status.clear();
  book_.update(placer_number, [](OrderRecord& r) { r.state = "cancel requested"; });
  PlacementResult result = send_order(cancel);
  const bool cancelled = result.ok();
  book_.update(placer_number,
               [cancelled](OrderRecord& r) { r.state = cancelled ? "cancelled" : "cancel refused"; });
  return result;
}

PlacementResult OrderPlacer::send_order(const OrderMessage& order) {
  hl7::Message message = build_order(order, config_.identity.version);
  if (faults_.on(order_placer_fault::kNwWithoutPlacerNumber) && order.order_control == "NW") {
    message.set_er7("ORC-2", "");
    message.set_er7("OBR-2", "");
  }
  PlacementResult result{sender().send(std::move(message), "RAD-2"), std::nullopt};
  if (result.exchange.response)
    if (auto response = read_order_response(*result.exchange.response)) result.response = response.value();
  return result;
}

}  // namespace ihe::actors
