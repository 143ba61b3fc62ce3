// await RAD-3/RAD-4/RAD-12/RAD-13: the next message of the transaction the SUT sends to the harness's HL7
// receiver (target.harness_hl7) within the deadline, answered AA there; validated against the
// transaction's rules; its fields become values (accession from IPC-1, study-uid from IPC-3, ...).
#include "scenarios/engine/check_registry.h"
#include "scenarios/exchanges/harness_side.h"
#include "scenarios/exchanges/hl7_exchanges.h"

namespace ihe::scenarios {
namespace {

// Who sends what (RAD TF-1 SWF/PIR): the requirement a silent SUT breaks.
std::string sender_duty(const std::string& transaction) {
  if (transaction == "RAD-4")
    return "the Order Filler sends RAD-4 for every scheduled procedure (RAD TF-2 4.4)";
  if (transaction == "RAD-13")
    return "the Order Filler sends RAD-13 for every procedure change (RAD TF-2 4.13)";
  if (transaction == "RAD-12") return "the Order Filler forwards patient updates to the Image Manager (PIR)";
  return "the Order Filler sends " + transaction + " (RAD TF-2)";
}

StepOutcome await_message(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  auto& link = side.actors().hl7();
  if (!side.hl7_first) side.hl7_first = link.listen();
  const auto& transaction = context.step.transaction;
  std::size_t position = 0;
  const auto received = link.wait(transaction, *side.hl7_first, side.hl7_taken,
                                  std::chrono::steady_clock::now() + context.deadline, position);
  StepOutcome outcome;
  if (!received) {
    const auto what = "no " + transaction + " within " + std::to_string(context.deadline.count()) + " s";
    context.evidence.add(reports::EvidenceKind::Timeout, "SUT", "harness", transaction, what, "");
    auto f = shortfall(transaction, "a " + transaction + " message", what, sender_duty(transaction));
    f.spec_ref = {"RAD TF-2", transaction + " (sender role)", reports::Strength::Shall};
    // Which RAD-3 an Order Filler must send is unverified (spec digest 1.2, 2.4): a silent one is a warning.
    if (transaction == "RAD-3") {
      f.spec_ref.strength = reports::Strength::Should;
      f.severity = reports::Severity::Warning;
    }
    outcome.findings.push_back(std::move(f));
    outcome.values["received"] = "0";
    return outcome;
  }
  side.hl7_taken.insert(position);
  const auto id = record_hl7(context, false, transaction, received->text);
  context.evidence.add(reports::EvidenceKind::Note, "harness", "SUT", transaction, "answered AA", "");
  validate_hl7_message(context, received->message, transaction, id, outcome.findings);
  add_message_values(received->message, received->text, outcome);
  outcome.values["received"] = "1";
  return outcome;
}

}  // namespace

void add_hl7_awaits(ExchangeRegistry& registry) {
  for (const char* transaction : {"RAD-3", "RAD-4", "RAD-12", "RAD-13"})
    registry.add(
        {StepKind::Await,
         transaction,
         std::string("the SUT's next ") + transaction + " on the harness's HL7 receiver, answered AA",
         {},
         false,
         await_message});
}

}  // namespace ihe::scenarios
