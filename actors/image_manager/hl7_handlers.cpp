// The Image Manager's HL7 side: RAD-4 Procedure Scheduled and RAD-13 Procedure Updated (OMI^O23 with IPC in
// 2.5.1, ORM^O01 with ZDS in 2.3.1, spec digest 2.5) and RAD-12 Patient Update (ADT^A08, ADT^A40; digest
// 2.3), each answered with the general acknowledgement (RAD TF-2 2.4; the digest accepts ACK or ORI^O24).
// Version, type and trigger checks and the AE/AR for them are the Hl7Receiver's.
#include "actors/common/hl7_link/hl7_receiver.h"
#include "actors/image_manager/context.h"
#include "actors/image_manager/faults.h"

namespace ihe::actors::image_manager {
namespace {

using hl7::ErrorCode;

// HL7 table 0357 codes for our refusals (digest 2.1; 205 for a merge onto itself: digest 4.2).
ErrorCode code_for(Refusal refusal) {
  switch (refusal) {
    case Refusal::MissingKey:
      return ErrorCode::RequiredFieldMissing;
    case Refusal::SamePatient:
      return ErrorCode::DuplicateKeyIdentifier;
    case Refusal::UnknownProcedure:
      return ErrorCode::UnknownKeyIdentifier;
    case Refusal::ArchiveFailure:
    case Refusal::None:
      break;
  }
  return ErrorCode::ApplicationInternalError;
}

Hl7Answer answer_for(const UpdateResult& result, const std::string& summary, hl7::ErrorLocation where) {
  Hl7Answer answer =
      result ? Hl7Answer::accept() : Hl7Answer::error(code_for(result.refusal), where, result.reason);
  answer.summary = summary + ": " + result.reason;
  return answer;
}

Hl7Answer not_applied(const std::string& summary, const char* fault) {
  Hl7Answer answer = Hl7Answer::accept();
  answer.summary = summary + ": not applied (fault " + fault + ")";
  return answer;
}

Hl7Answer on_a08(Context& context, const hl7::Message& message) {
  const auto event = read_adt(message);
  if (!event) return Hl7Answer::from(event.error());
  const Patient& patient = event.value().patient;
  const std::string summary = "ADT^A08 patient " + patient.id;
  if (context.faults.on(fault::kIgnoreA08)) return not_applied(summary, fault::kIgnoreA08);
  return answer_for(context.reconciliation.update_patient(patient), summary, {"PID", 1, 3});
}

Hl7Answer on_a40(Context& context, const hl7::Message& message) {
  const auto merge = read_merge(message);
  if (!merge) return Hl7Answer::from(merge.error());
  const auto& [surviving, prior] = merge.value();
  const std::string summary = "ADT^A40 " + prior.id + " into " + surviving.id;
  if (context.faults.on(fault::kA40KeepsOldId)) {
    // The survivor's demographics, but on the prior ID: the old ID still answers queries.
    Patient renamed = surviving;
    renamed.id = prior.id;
    renamed.issuer = prior.issuer;
    auto result = context.reconciliation.update_patient(renamed);
    result.reason += " under the prior ID (fault a40-keeps-old-id)";
    return answer_for(result, summary, {"MRG", 1, 1});
  }
  return answer_for(context.reconciliation.merge_patients(surviving, prior), summary, {"MRG", 1, 1});
}

Hl7Answer on_other_adt(const hl7::Message& message) {
  Hl7Answer answer = Hl7Answer::accept();
  answer.summary = "ADT^" + message.trigger_event() + ": acknowledged, nothing for the archive to do";
  return answer;
}

Hl7Answer on_procedure(Context& context, const hl7::Message& message) {
  const auto read = read_procedure(message);
  if (!read) return Hl7Answer::from(read.error());
  const ProcedureMessage& order = read.value();
  const std::string summary = std::string(procedure_transaction(order.action)) + " " +
                              message.message_type() + " " + std::string(to_string(order.action)) +
                              " accession " + order.procedure.accession_number;
  Hl7Answer answer =
      order.action != ProcedureAction::Scheduled && context.faults.on(fault::kIgnoreRad13)
          ? not_applied(summary, fault::kIgnoreRad13)
          : answer_for(context.reconciliation.apply_order(order.action, order.patient, order.procedure),
                       summary, {"ORC", 1, 1});
  answer.transaction = std::string(procedure_transaction(order.action));  // logged as RAD-4 or RAD-13
  return answer;
}

// answer-ae: a conformant message is refused and nothing is applied (the receiver's own fault hook also
// turns its AR answers into AE).
Hl7Handler guarded(Context& context, Hl7Handler handler) {
  return [&context, handler = std::move(handler)](const hl7::Message& message) {
    if (context.faults.on(fault::kAnswerAe))
      return Hl7Answer::error(ErrorCode::ApplicationInternalError, {}, "deliberate AE (fault answer-ae)");
    return handler(message);
  };
}

}  // namespace

void register_hl7(Hl7Receiver& receiver, Context& context) {
  auto procedure = [&context](const hl7::Message& message) { return on_procedure(context, message); };
  receiver.on("OMI^O23", "RAD-4/RAD-13", guarded(context, procedure), {"PID", "ORC", "OBR", "IPC"});
  receiver.on("ORM^O01", "RAD-4/RAD-13", guarded(context, procedure), {"PID", "ORC", "OBR"});
  receiver.on("ADT^A08", "RAD-12",
              guarded(context, [&context](const hl7::Message& message) { return on_a08(context, message); }),
              {"PID"});
  receiver.on("ADT^A40", "RAD-12",
              guarded(context, [&context](const hl7::Message& message) { return on_a40(context, message); }),
              {"PID", "MRG"});
  for (const char* trigger : {"A01", "A02", "A03", "A04", "A05", "A06", "A07", "A11", "A12", "A13", "A38"})
    receiver.on(std::string("ADT^") + trigger, std::string(adt_transaction(trigger)),
                guarded(context, on_other_adt), {"PID"});
  Hl7ReceiverFaults faults;
  faults.answer_ae = context.faults.on(fault::kAnswerAe);
  faults.never_answer = context.faults.on(fault::kNeverAnswer);
  receiver.set_faults(faults);
}

}  // namespace ihe::actors::image_manager
