#include "actors/hl7/parse.h"
#include "scenarios/exchanges/hl7_exchanges.h"
#include "validation/hl7_validator.h"

namespace ihe::scenarios {
namespace {

// "OMI^O23 NW/SC #MSG0001" or "ACK AA #MSG0001": the summary line of a sequence diagram.
std::string summary_of(const std::string& text) {
  auto parsed = hl7::parse(text);
  if (!parsed) return "not HL7: " + parsed.error().description;
  const auto& m = parsed.message();
  std::string line = m.message_type() + "^" + m.trigger_event();
  if (const auto control = m.get("ORC-1"); !control.empty()) line += " " + control + "/" + m.get("ORC-5");
  if (const auto ack = m.get("MSA-1"); !ack.empty()) line += " " + ack;
  return line + " #" + m.control_id();
}

}  // namespace

std::string record_hl7(ExchangeContext& context, bool to_sut, const std::string& transaction,
                       const std::string& text) {
  return context.evidence.add(reports::EvidenceKind::Hl7Message, to_sut ? "harness" : "SUT",
                              to_sut ? "SUT" : "harness", transaction, summary_of(text), text);
}

void validate_hl7_message(ExchangeContext& context, const hl7::Message& message,
                          const std::string& transaction, const std::string& evidence_id,
                          std::vector<reports::Finding>& out) {
  for (const auto& claim : context.scenario.claims) {
    const auto* rules = context.rules.hl7_rules(claim.profile, transaction);
    if (!rules) continue;
    for (auto finding : validation::validate_hl7(message, *rules)) {
      finding.evidence_ids.push_back(evidence_id);
      out.push_back(std::move(finding));
    }
    return;  // one profile's rules per message
  }
}

void add_message_values(const hl7::Message& m, const std::string& text, StepOutcome& outcome) {
  const bool legacy = m.find("IPC") == nullptr;  // 2.3.1 ORM^O01 + ZDS (digest 2.5)
  auto& v = outcome.values;
  v["message"] = text;
  v["event"] = m.trigger_event();
  v["order-control"] = m.get("ORC-1");
  v["order-status"] = m.get("ORC-5");
  v["placer-order"] = m.get("ORC-2.1");
  v["filler-order"] = m.get("ORC-3.1");
  v["accession"] = m.get(legacy ? "OBR-18" : "IPC-1");
  v["rp-id"] = m.get(legacy ? "OBR-19" : "IPC-2");
  v["study-uid"] = m.get(legacy ? "ZDS-1" : "IPC-3");
  v["sps-id"] = m.get(legacy ? "OBR-20" : "IPC-4");
  v["patient-id"] = m.get("PID-3.1");
  v["patient-name"] = m.get_er7("PID-5");
  v["prior-id"] = m.get("MRG-1.1");
}

}  // namespace ihe::scenarios
