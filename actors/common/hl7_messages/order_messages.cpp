#include "actors/common/hl7_messages/order_messages.h"

#include "actors/common/hl7_messages/hl7_fields.h"
#include "actors/common/hl7_messages/order_group.h"
#include "base/harness_error.h"

namespace ihe::actors {

using namespace hl7_fields;

std::string_view order_transaction(std::string_view order_control) {
  if (order_control == "NW" || order_control == "CA") return "RAD-2";
  if (order_control == "SN" || order_control == "OC" || order_control == "SC") return "RAD-3";
  return {};
}

hl7::Message build_order(const OrderMessage& order, std::string_view version) {
  if (order_transaction(order.order_control).empty())
    throw HarnessError("order control '" + order.order_control +
                       "' is not one of RAD-2 (NW, CA) or RAD-3 (SN, OC, SC)");
  const bool v25 = is_v25(version);
  hl7::Message message = v25 ? header("OMG", "O19", "OMG_O19", version) : header("ORM", "O01", "", version);
  order_group::add_patient_visit(message, order.patient, order.visit);
  const auto* step = order.procedure.steps.empty() ? nullptr : &order.procedure.steps.front();
  const std::string start = step == nullptr ? std::string() : date_time(step->start_date, step->start_time);
  order_group::add_orc(message, 1, order.order_control, order.order_status, order.procedure, start, version);
  order_group::add_obr(message, 1, order.procedure, step == nullptr ? std::string() : step->modality);
  return message;
}

ReadResult<OrderMessage> read_order(const hl7::Message& message) {
  OrderMessage order;
  auto patient = read_patient(message);
  if (!patient) return patient.error();
  order.patient = patient.value();
  order.visit = read_visit(message);
  auto group = order_group::read_group(message, 1);
  if (!group) return group.error();
  order.order_control = group.value().control;
  order.order_status = group.value().status;
  order.procedure = group.value().procedure;
  order.procedure.patient_id = order.patient.id;
  if (!group.value().modality.empty() || !group.value().start.empty()) {
    ScheduledProcedureStep step;
    step.modality = group.value().modality;
    split_date_time(group.value().start, step.start_date, step.start_time);
    order.procedure.steps.push_back(step);
  }
  return order;
}

hl7::Message build_order_response(const OrderResponse& response, std::string_view version) {
  hl7::Message message =
      is_v25(version) ? header("ORG", "O20", "ORG_O20", version) : header("ORR", "O02", "", version);
  message.add_segment("ORC");
  message.set("ORC-1", response.order_control);
  set_components(message, "ORC-2", response.placer_order_number);
  set_components(message, "ORC-3", response.filler_order_number);
  return message;
}

ReadResult<OrderResponse> read_order_response(const hl7::Message& message) {
  if (message.find("ORC") == nullptr) return missing("ORC", 0, "common order segment of the response");
  OrderResponse response;
  response.order_control = message.get("ORC-1");
  if (response.order_control.empty()) return missing("ORC", 1, "ORC-1 (order control)");
  response.placer_order_number = get_components(message, "ORC-2", 4);
  response.filler_order_number = get_components(message, "ORC-3", 4);
  return response;
}

}  // namespace ihe::actors
