#include <fmt/core.h>

#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/order_filler/faults.h"
#include "actors/order_filler/hl7_inbound.h"

namespace ihe::actors {
namespace {

hl7::ErrorCode error_code(Refusal refusal) {
  switch (refusal) {
    case Refusal::MissingValue:
      return hl7::ErrorCode::RequiredFieldMissing;
    case Refusal::UnknownPatient:
    case Refusal::UnknownOrder:
      return hl7::ErrorCode::UnknownKeyIdentifier;
    case Refusal::DuplicateOrder:
    case Refusal::MergeIntoItself:
      return hl7::ErrorCode::DuplicateKeyIdentifier;
    case Refusal::WrongState:
    case Refusal::None:
      break;
  }
  return hl7::ErrorCode::ApplicationRecordLocked;
}

hl7::ErrorLocation field(std::string segment, std::size_t number) {
  return {std::move(segment), 1, number, 0, 0, 0};
}

Hl7Answer accepted(std::string summary) {
  auto answer = Hl7Answer::accept();
  answer.summary = std::move(summary);
  return answer;
}

// A01 A04 A05: the patient is (re)registered.
Hl7Answer registration(OrderWorkflow& workflow, const hl7::Message& message) {
  const auto event = read_adt(message);
  if (!event) return Hl7Answer::from(event.error());
  const auto& patient = event.value().patient;
  const auto result = workflow.register_patient(patient);
  if (!result.accepted()) return refusal_answer(result, field("PID", 3));
  return accepted(fmt::format("{} registered {} {}", event.value().trigger, patient.id, patient.name));
}

Hl7Answer update(OrderWorkflow& workflow, const FaultSwitches& faults, const hl7::Message& message) {
  const auto event = read_adt(message);
  if (!event) return Hl7Answer::from(event.error());
  const auto& patient = event.value().patient;
  if (faults.on(order_filler_fault::kIgnoreA08))
    return accepted("A08 for " + patient.id + " ignored (fault)");
  const auto result = workflow.update_patient(patient);
  if (!result.accepted()) return refusal_answer(result, field("PID", 3));
  return accepted(fmt::format("A08 updated {} to {}", patient.id, patient.name));
}

Hl7Answer merge(OrderWorkflow& workflow, const FaultSwitches& faults, const hl7::Message& message) {
  const auto merge = read_merge(message);
  if (!merge) return Hl7Answer::from(merge.error());
  const auto& [surviving, prior] = merge.value();
  const auto what = fmt::format("A40 merge {} into {}", prior.id, surviving.id);
  if (faults.on(order_filler_fault::kIgnoreA40)) return accepted(what + " ignored (fault)");
  const auto result = workflow.merge_patients(surviving, prior.id);
  if (!result.accepted()) return refusal_answer(result, field("MRG", 1));
  return accepted(what);
}

}  // namespace

Hl7Answer refusal_answer(const ChangeResult& result, hl7::ErrorLocation location) {
  auto answer = Hl7Answer::error(error_code(result.refusal), std::move(location), result.reason);
  answer.text = result.reason;
  answer.summary = "refused: " + result.reason;
  return answer;
}

void serve_patient_events(Hl7Receiver& receiver, OrderWorkflow& workflow, const FaultSwitches& faults) {
  for (const char* trigger : {"A01", "A04", "A05"})
    receiver.on(std::string("ADT^") + trigger, "RAD-1",
                [&workflow](const hl7::Message& message) { return registration(workflow, message); },
                {"PID"});
  // Visit events: acknowledged, nothing the worklist shows changes.
  for (const char* trigger : {"A11", "A38"})
    receiver.on(std::string("ADT^") + trigger, "RAD-1",
                [](const hl7::Message&) { return Hl7Answer::accept(); }, {"PID"});
  for (const char* trigger : {"A02", "A03", "A06", "A07", "A12", "A13"})
    receiver.on(std::string("ADT^") + trigger, "RAD-12",
                [](const hl7::Message&) { return Hl7Answer::accept(); }, {"PID"});
  receiver.on("ADT^A08", "RAD-12",
              [&workflow, &faults](const hl7::Message& message) { return update(workflow, faults, message); },
              {"PID"});
  receiver.on("ADT^A40", "RAD-12",
              [&workflow, &faults](const hl7::Message& message) { return merge(workflow, faults, message); },
              {"PID", "MRG"});
}

}  // namespace ihe::actors
