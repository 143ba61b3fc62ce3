// send RAD-1/RAD-12 (the harness as ADT, RAD TF-2 4.1/4.12), RAD-2 (as Order Placer, 4.2: OMG^O19 NW/CA) and
// RAD-4/RAD-13 (as Order Filler to an Image Manager, 4.4/4.13: OMI^O23) to the SUT's HL7 endpoint. Both
// messages become evidence; the SUT's answer is validated and its MSA-1 is the step's ack-code.
#include <algorithm>

#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/order_messages.h"
#include "actors/common/hl7_messages/procedure_messages.h"
#include "base/harness_error.h"
#include "scenarios/engine/check_registry.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"
#include "scenarios/exchanges/hl7_exchanges.h"

namespace ihe::scenarios {
namespace {

actors::Patient patient_of(const Step& step) {
  return {param_or(step, "patient-id", "HL7PAT"), "HARNESS", param_or(step, "patient-name", "DOE^JOHN"),
          "19700101", "M"};
}

// Negative cases: drop a segment (omit="PID"), empty a field (clear="ORC-2") or claim another MSH-12
// (version="2.1").
void spoil(const Step& step, hl7::Message& message) {
  if (const auto field = param_or(step, "clear", ""); !field.empty()) message.set(field, "");
  const auto omit = param_or(step, "omit", "");
  std::erase_if(message.segments(), [&](const hl7::Segment& s) { return !omit.empty() && s.id == omit; });
  if (const auto version = param_or(step, "version", ""); !version.empty()) message.set("MSH-12", version);
}

// What the answer breaks when it is not a well-formed acknowledgement of our message (HL7 v2.5.1 2.9.2).
void check_answer(const actors::Hl7Exchange& exchange, StepOutcome& outcome) {
  using actors::ExchangeOutcome;
  if (exchange.outcome == ExchangeOutcome::Accepted || exchange.outcome == ExchangeOutcome::Rejected) return;
  auto f = shortfall("MSA", "an acknowledgement with MSA-2 = our MSH-10", exchange.problems,
                     "the answer is not an acknowledgement of the message sent");
  f.spec_ref = {"HL7 v2.5.1", "2.9.2 acknowledgement (MSA-2 echoes MSH-10)", reports::Strength::Shall};
  outcome.findings.push_back(std::move(f));
}

StepOutcome send_message(ExchangeContext& context, hl7::Message message, const std::string& transaction) {
  auto& side = static_cast<HarnessSide&>(context.state);
  auto& link = side.actors().hl7();
  // Listen before sending: what the SUT forwards may arrive before the acknowledgement.
  if (context.target.harness_hl7.port != 0 && !side.hl7_first) side.hl7_first = link.listen();
  spoil(context.step, message);
  const auto exchange = link.send(std::move(message), transaction);
  record_hl7(context, true, transaction, exchange.sent_text);
  StepOutcome outcome;
  if (exchange.response_text.empty()) {
    outcome.unreachable = exchange.problems.empty() ? "no reply" : exchange.problems;
    context.evidence.add(reports::EvidenceKind::Timeout, "SUT", "harness", transaction, *outcome.unreachable,
                         "");
    return outcome;
  }
  record_hl7(context, false, transaction, exchange.response_text);
  check_answer(exchange, outcome);
  outcome.values["ack-code"] = exchange.ack_code;
  outcome.values["response"] = exchange.response_text;
  if (exchange.response) {
    outcome.values["response-control"] = exchange.response->get("ORC-1");
    outcome.values["filler-order"] = exchange.response->get("ORC-3.1");
  }
  outcome.note = std::string(actors::to_string(exchange.outcome));
  return outcome;
}

StepOutcome send_adt(ExchangeContext& context, const std::string& fallback_event) {
  const auto& step = context.step;
  actors::AdtEvent event{param_or(step, "event", fallback_event), patient_of(step), {}, {}, {}};
  event.prior = {param_or(step, "prior-id", ""), "HARNESS"};
  if (actors::adt_transaction(event.trigger) != step.transaction)
    throw HarnessError(step.where + ": ADT^" + event.trigger + " is not " + step.transaction);
  return send_message(context, actors::build_adt(event, context.target.hl7.version), step.transaction);
}

StepOutcome send_order(ExchangeContext& context) {
  const auto& step = context.step;
  actors::OrderMessage order{param_or(step, "control", "NW"), "", patient_of(step), {}, {}};
  auto& p = order.procedure;
  p.patient_id = order.patient.id;
  p.placer_order_number = param_or(step, "placer-order", "PLC1") + "^HARNESS";
  p.codes = {{param_or(step, "procedure-code", "P1"), "99IHE", "Procedure P1"}};
  p.description = "Procedure P1";
  p.requesting_physician = "ORDERING^OLGA";  // OBR-16, which RAD-4 must carry on (digest 2.5)
  actors::ScheduledProcedureStep sps;
  sps.modality = param_or(step, "modality", "CT");
  // start="YYYYMMDD[HHMM]": the requested start (TQ1-7 in v2.5.1, ORC-7.4 before), which the SPS start
  // date/time takes (spec digest 2.5 mapping table).
  const auto start = param_or(step, "start", "");
  sps.start_date = start.substr(0, std::min<std::size_t>(start.size(), 8));
  if (start.size() > 8) sps.start_time = start.substr(8);
  p.steps = {sps};
  return send_message(context, actors::build_order(order, context.target.hl7.version), "RAD-2");
}

actors::ProcedureAction action_of(const Step& step) {
  const auto text = param_or(step, "action", step.transaction == "RAD-4" ? "scheduled" : "cancelled");
  for (auto action : {actors::ProcedureAction::Scheduled, actors::ProcedureAction::Cancelled,
                      actors::ProcedureAction::Discontinued, actors::ProcedureAction::Changed,
                      actors::ProcedureAction::Completed})
    if (!text.empty() && actors::to_string(action).starts_with(text) &&
        actors::procedure_transaction(action) == step.transaction)
      return action;
  throw HarnessError(step.where + ": action '" + text + "' is not one of " + step.transaction);
}

StepOutcome send_procedure(ExchangeContext& context) {
  const auto& step = context.step;
  actors::ProcedureMessage message{action_of(step), patient_of(step), {}, {}};
  auto& p = message.procedure;
  p.patient_id = message.patient.id;
  p.requested_procedure_id = param_or(step, "rp-id", "RP1");
  p.accession_number = param_or(step, "accession", "ACC1");
  p.study_instance_uid = param_or(step, "study-uid", "1.2.826.0.1.3680043.10.1.1");
  p.placer_order_number = param_or(step, "placer-order", "PLC1") + "^HARNESS";
  p.filler_order_number = param_or(step, "filler-order", "FIL1") + "^HARNESS";
  p.description = "Procedure P1";
  p.codes = {{"P1", "99IHE", "Procedure P1"}};
  p.requesting_physician = "ORDERING^OLGA";
  actors::ScheduledProcedureStep sps;
  sps.sps_id = param_or(step, "sps-id", "SPS1");
  sps.modality = param_or(step, "modality", "CT");
  sps.description = "Procedure P1";
  sps.status = actors::sps_status(message.action);
  p.steps = {sps};
  return send_message(context, actors::build_procedure(message, context.target.hl7.version),
                      step.transaction);
}

const std::set<std::string> kPatient{"patient-id", "patient-name", "omit", "version", "clear"};

std::set<std::string> with_patient(std::set<std::string> params) {
  params.insert(kPatient.begin(), kPatient.end());
  return params;
}

}  // namespace

void add_hl7_sends(ExchangeRegistry& registry) {
  registry.add({StepKind::Send, "RAD-1", "ADT event=A01|A04|A05 (as ADT) to the SUT's HL7 endpoint",
                with_patient({"event"}), false, [](ExchangeContext& c) { return send_adt(c, "A04"); }});
  registry.add({StepKind::Send, "RAD-12", "ADT event=A08|A40 (prior-id) (as ADT) to the SUT's HL7 endpoint",
                with_patient({"event", "prior-id"}), false,
                [](ExchangeContext& c) { return send_adt(c, "A08"); }});
  registry.add({StepKind::Send, "RAD-2",
                "OMG^O19 control=NW|CA (as Order Placer), start=YYYYMMDD[HHMM]; omit=SEG, clear=FIELD, "
                "version=V spoil it",
                with_patient({"control", "placer-order", "procedure-code", "modality", "start"}), false,
                send_order});
  const std::set<std::string> procedure{"action",       "accession", "study-uid", "placer-order",
                                        "filler-order", "rp-id",     "sps-id",    "modality"};
  registry.add({StepKind::Send, "RAD-4", "OMI^O23 NW/SC (as Order Filler) to an Image Manager",
                with_patient(procedure), false, send_procedure});
  registry.add({StepKind::Send, "RAD-13",
                "OMI^O23 action=cancelled|discontinued|information changed|completed",
                with_patient(procedure), false, send_procedure});
}

}  // namespace ihe::scenarios
