#include <fmt/core.h>

#include "actors/common/hl7_messages/order_messages.h"
#include "actors/order_filler/faults.h"
#include "actors/order_filler/hl7_inbound.h"

namespace ihe::actors {
namespace {

hl7::ErrorLocation orc(std::size_t number) {
  return {"ORC", 1, number, 0, 0, 0};
}

NewOrder new_order(const OrderMessage& message) {
  const auto& procedure = message.procedure;
  NewOrder order;
  order.patient = message.patient;
  order.placer_order_number = procedure.placer_order_number;
  order.filler_order_number = procedure.filler_order_number;
  if (!procedure.codes.empty()) order.procedure_code = procedure.codes.front();
  if (!procedure.steps.empty()) {
    order.modality = procedure.steps.front().modality;
    order.station_ae = procedure.steps.front().station_ae;
    order.start_date = procedure.steps.front().start_date;
    order.start_time = procedure.steps.front().start_time;
  }
  order.priority = procedure.priority;
  order.referring_physician = message.visit.referring_doctor;
  order.requesting_physician = procedure.requesting_physician;
  return order;
}

// The application response (ORG^O20 / ORR^O02, HL7 table 0119 in ORC-1) added to whatever the MSA says.
Hl7Answer with_response(Hl7Answer answer, std::string control, const RequestedProcedure& procedure,
                        const std::string& version) {
  answer.response = build_order_response(
      {std::move(control), procedure.placer_order_number, procedure.filler_order_number}, version);
  return answer;
}

Hl7Answer place(OrderWorkflow& workflow, const OrderMessage& message, const std::string& version) {
  const auto result = workflow.schedule_order(new_order(message));
  if (!result.accepted())
    return with_response(refusal_answer(result, orc(2)), "UA", message.procedure, version);
  const auto& procedure = *result.procedure;
  auto answer = Hl7Answer::accept();
  answer.summary =
      fmt::format("NW {} scheduled: accession {}, SPS {}, {} at {}", procedure.placer_order_number,
                  procedure.accession_number, procedure.steps.front().sps_id,
                  procedure.steps.front().modality, procedure.steps.front().station_ae);
  return with_response(std::move(answer), "OK", procedure, version);
}

Hl7Answer cancel(OrderWorkflow& workflow, const OrderMessage& message, const std::string& version) {
  const auto& numbers = message.procedure;
  const auto result = workflow.cancel_order({numbers.placer_order_number, ""}, Initiator::OrderPlacer);
  if (!result.accepted()) return with_response(refusal_answer(result, orc(2)), "UC", numbers, version);
  auto answer = Hl7Answer::accept();
  answer.summary = fmt::format("CA {} cancelled (accession {})", numbers.placer_order_number,
                               result.procedure->accession_number);
  return with_response(std::move(answer), "CR", *result.procedure, version);
}

Hl7Answer placer_order(OrderWorkflow& workflow, const hl7::Message& message, const std::string& version,
                       bool accept_unreadable) {
  const auto order = read_order(message);
  if (!order && accept_unreadable) return Hl7Answer::accept();
  if (!order) return Hl7Answer::from(order.error());
  const auto& control = order.value().order_control;
  if (control == "NW") return place(workflow, order.value(), version);
  if (control == "CA") return cancel(workflow, order.value(), version);
  // RAD-2 carries NW and CA only (spec digest 2.4).
  auto answer = Hl7Answer::error(hl7::ErrorCode::TableValueNotFound, orc(1),
                                 "ORC-1 '" + control + "' is not a RAD-2 order control (NW, CA)");
  return with_response(std::move(answer), "UA", order.value().procedure, version);
}

}  // namespace

void serve_placer_orders(Hl7Receiver& receiver, OrderWorkflow& workflow, const OrderFillerHl7Config& config,
                         const FaultSwitches& faults) {
  const std::string type_trigger = config.legacy() ? "ORM^O01" : "OMG^O19";
  receiver.on(type_trigger, "RAD-2",
              [&workflow, version = config.version,
               accept_unreadable =
                   faults.on(order_filler_fault::kAcceptUnreadableOrder)](const hl7::Message& message) {
                return placer_order(workflow, message, version, accept_unreadable);
              },
              {"PID", "ORC", "OBR"});
}

}  // namespace ihe::actors
