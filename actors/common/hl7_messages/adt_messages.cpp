#include "actors/common/hl7_messages/adt_messages.h"

#include <array>
#include <utility>

#include "actors/common/hl7_messages/hl7_fields.h"
#include "base/harness_error.h"

namespace ihe::actors {
namespace {

using namespace hl7_fields;

struct AdtTrigger {
  std::string_view trigger;
  std::string_view structure;  // HL7 v2.5.1 table 0354
  std::string_view transaction;
};

// Digest 1.1 (which events each transaction carries) and 2.3 (their 2.5.1 structures).
constexpr std::array<AdtTrigger, 13> kTriggers{{
    {"A01", "ADT_A01", "RAD-1"},
    {"A04", "ADT_A01", "RAD-1"},
    {"A05", "ADT_A05", "RAD-1"},
    {"A11", "ADT_A09", "RAD-1"},
    {"A38", "ADT_A38", "RAD-1"},
    {"A02", "ADT_A02", "RAD-12"},
    {"A03", "ADT_A03", "RAD-12"},
    {"A06", "ADT_A06", "RAD-12"},
    {"A07", "ADT_A06", "RAD-12"},
    {"A08", "ADT_A01", "RAD-12"},
    {"A12", "ADT_A12", "RAD-12"},
    {"A13", "ADT_A01", "RAD-12"},
    {"A40", "ADT_A39", "RAD-12"},
}};

const AdtTrigger* find_trigger(std::string_view trigger) {
  for (const auto& entry : kTriggers)
    if (entry.trigger == trigger) return &entry;
  return nullptr;
}

const AdtTrigger& require_trigger(std::string_view trigger) {
  const AdtTrigger* found = find_trigger(trigger);
  if (found == nullptr)
    throw HarnessError("ADT trigger '" + std::string(trigger) +
                       "' is not one of RAD-1/RAD-12 (A01 A04 A05 A11 A38 A02 A03 A06 A07 A08 A12 A13 A40)");
  return *found;
}

}  // namespace

bool is_adt_trigger(std::string_view trigger) {
  return find_trigger(trigger) != nullptr;
}
std::string_view adt_transaction(std::string_view trigger) {
  return require_trigger(trigger).transaction;
}
std::string_view adt_structure(std::string_view trigger) {
  return require_trigger(trigger).structure;
}

hl7::Message build_adt(const AdtEvent& event, std::string_view version) {
  const AdtTrigger& trigger = require_trigger(event.trigger);
  const bool merge = event.trigger == "A40";
  if (merge && event.prior.id.empty())
    throw HarnessError("ADT^A40 needs the prior patient ID for MRG-1 (RAD TF-2 4.12.4.1.2)");
  hl7::Message message = header("ADT", trigger.trigger, trigger.structure, version);
  message.add_segment("EVN");
  message.set("EVN-1", trigger.trigger);
  message.set("EVN-2", event.recorded_time.empty() ? now() : event.recorded_time);
  message.add_segment("PID");
  set_patient(message, event.patient, event.visit.account_number);
  if (merge) {
    message.add_segment("MRG");
    message.set("MRG-1.1", event.prior.id);
    if (!event.prior.issuer.empty()) message.set("MRG-1.4.1", event.prior.issuer);
  }
  message.add_segment("PV1");
  set_visit(message, event.visit);
  return message;
}

ReadResult<AdtEvent> read_adt(const hl7::Message& message) {
  AdtEvent event;
  event.trigger = message.trigger_event();
  if (message.find("EVN") == nullptr) return missing("EVN", 0, "event type segment");
  event.recorded_time = message.get("EVN-2.1");
  auto patient = read_patient(message);
  if (!patient) return patient.error();
  event.patient = patient.value();
  if (event.trigger == "A40") {
    if (message.find("MRG") == nullptr) return missing("MRG", 0, "merge segment of an A40");
    event.prior = {message.get("MRG-1.1"), message.get("MRG-1.4.1")};
    if (event.prior.id.empty()) return missing("MRG", 1, "MRG-1.1 (prior patient ID)");
  }
  event.visit = read_visit(message);
  return event;
}

ReadResult<Merge> read_merge(const hl7::Message& message) {
  auto event = read_adt(message);
  if (!event) return event.error();
  if (event.value().trigger != "A40")
    return ReadError{"MSH", 9, "MSH-9.2 is '" + event.value().trigger + "', not the merge event A40"};
  return Merge{event.value().patient, event.value().prior};
}

}  // namespace ihe::actors
