// The Order Placer's receiving side: RAD-3 Filler Order Management and RAD-1/RAD-12 patient events.
#include "actors/order_placer/order_placer.h"
#include "actors/order_placer/order_placer_faults.h"

namespace ihe::actors {

Hl7Answer OrderPlacer::on_filler_order(const hl7::Message& message) {
  auto read = read_order(message);
  if (!read) return Hl7Answer::from(read.error());
  OrderMessage order = read.value();
  RequestedProcedure& procedure = order.procedure;
  const std::string control = order.order_control;
  if (control == "SN") {
    // A new order created by the filler: we assign our number and answer NA with it (table 0119, digest 2.4).
    procedure.placer_order_number = ids_.short_id('L') + "^" + config_.identity.application;
    book_.put({order, "created by filler"});
    OrderResponse response{"NA", procedure.placer_order_number, procedure.filler_order_number};
    if (faults_.on(order_placer_fault::kSnAnswerOk)) response.order_control = "OK";
    if (faults_.on(order_placer_fault::kSnNoPlacerNumber)) response.placer_order_number.clear();
    Hl7Answer answer;
    answer.response = build_order_response(response, message.version());
    answer.summary =
        "SN filler " + procedure.filler_order_number + " -> placer " + procedure.placer_order_number;
    return answer;
  }
  if (control != "OC" && control != "SC")
    return Hl7Answer::error(hl7::ErrorCode::TableValueNotFound, {"ORC", 1, 1},
                            "ORC-1 '" + control + "' is not a RAD-3 order control (SN, OC, SC)");
  auto known = book_.by_filler(procedure.filler_order_number);
  if (!known && !procedure.placer_order_number.empty())
    known = book_.by_placer(procedure.placer_order_number);
  if (!known)
    return Hl7Answer::error(hl7::ErrorCode::UnknownKeyIdentifier, {"ORC", 1, 3},
                            "no order with filler number '" + procedure.filler_order_number +
                                "' or placer number '" + procedure.placer_order_number + "'");
  const std::string state = control == "OC" ? std::string("cancelled by filler") : order.order_status;
  book_.update(known->order.procedure.placer_order_number, [&](OrderRecord& record) {
    record.state = state;
    if (record.order.procedure.filler_order_number.empty())
      record.order.procedure.filler_order_number = procedure.filler_order_number;
  });
  Hl7Answer answer;
  answer.summary = control + " " + known->order.procedure.placer_order_number + " -> " + state;
  return answer;
}

Hl7Answer OrderPlacer::on_patient_event(const hl7::Message& message) {
  auto event = read_adt(message);
  if (!event) return Hl7Answer::from(event.error());
  if (event.value().trigger == "A40") {
    book_.merge({event.value().patient, event.value().prior});
  } else {
    book_.put_patient(event.value().patient);
  }
  return Hl7Answer::accept();
}

}  // namespace ihe::actors
