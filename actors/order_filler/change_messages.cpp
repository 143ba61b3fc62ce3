#include "actors/order_filler/change_messages.h"

#include <algorithm>

#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/order_messages.h"
#include "actors/common/hl7_messages/procedure_messages.h"
#include "actors/order_filler/faults.h"

namespace ihe::actors {
namespace {

using Out = std::vector<OutboundHl7>;

Visit visit_of(const OrderChange& change) {
  Visit visit;
  if (change.procedure) visit.referring_doctor = change.procedure->referring_physician;
  return visit;
}

bool every_step(const RequestedProcedure& procedure, SpsStatus status) {
  return std::all_of(procedure.steps.begin(), procedure.steps.end(),
                     [&](const ScheduledProcedureStep& step) { return step.status == status; });
}

// RAD-4 / RAD-13 to the Image Manager, with the outbound defects switched on applied to RAD-4.
void procedure_update(Out& out, const OrderChange& change, ProcedureAction action,
                      const FaultSwitches& faults, std::string_view version) {
  const bool scheduled = action == ProcedureAction::Scheduled;
  if (scheduled && faults.on(order_filler_fault::kNoRad4)) return;
  ProcedureMessage message{action, change.patient, visit_of(change), *change.procedure};
  if (scheduled && faults.on(order_filler_fault::kDropIpc3)) message.procedure.study_instance_uid.clear();
  auto built = build_procedure(message, version);
  if (scheduled && faults.on(order_filler_fault::kWrongOrcPair))
    for (std::size_t n = 1; n <= built.count("ORC"); ++n) built.set("ORC[" + std::to_string(n) + "]-5", "");
  out.push_back({Hl7Peer::ImageManager, std::string(procedure_transaction(action)), std::move(built)});
}

// RAD-3 to the Order Placer: ORC-1 `control` with ORC-5 `status`.
void filler_order(Out& out, const OrderChange& change, std::string_view control, std::string_view status,
                  std::string_view version) {
  if (change.procedure->placer_order_number.empty()) return;
  OrderMessage message{std::string(control), std::string(status), change.patient, visit_of(change),
                       *change.procedure};
  out.push_back({Hl7Peer::OrderPlacer, "RAD-3", build_order(message, version)});
}

// RAD-3 status update (SC with ORC-5 IP or CM, MESA 107), typed as legacy SWF's ORM^O01 when that defect is
// on (an SWF.b link carries OMG^O19, spec digest 2.4).
void status_update(Out& out, const OrderChange& change, std::string_view status, const FaultSwitches& faults,
                   std::string_view version) {
  const auto before = out.size();
  filler_order(out, change, "SC", status, version);
  if (out.size() == before || !faults.on(order_filler_fault::kRad3LegacyOrm)) return;
  auto& message = out.back().message;
  message.set("MSH-9.1", "ORM");
  message.set("MSH-9.2", "O01");
  message.set("MSH-9.3", "ORM_O01");
}

void forward_adt(Out& out, const OrderChange& change, std::string_view trigger, std::string_view version) {
  AdtEvent event;
  event.trigger = std::string(trigger);
  event.patient = change.patient;
  if (change.prior_patient) event.prior = {change.prior_patient->id, change.prior_patient->issuer};
  out.push_back({Hl7Peer::ImageManager, "RAD-12", build_adt(event, version)});
}

}  // namespace

std::vector<OutboundHl7> messages_for(const OrderChange& change, const FaultSwitches& faults,
                                      std::string_view version) {
  Out out;
  const bool by_filler = change.initiator == Initiator::OrderFiller;
  switch (change.kind) {
    case ChangeKind::PatientRegistered:
      break;
    case ChangeKind::PatientUpdated:
      if (change.initiator == Initiator::Adt) forward_adt(out, change, "A08", version);
      break;
    case ChangeKind::PatientsMerged:
      forward_adt(out, change, "A40", version);
      break;
    case ChangeKind::OrderScheduled:
      // RAD-3 SN (ORC-2 empty, ORC-3 ours): the placer hears of an order the filler created (digest 2.4).
      if (by_filler && change.procedure->placer_order_number.empty()) {
        OrderMessage message{"SN", "SC", change.patient, visit_of(change), *change.procedure};
        out.push_back({Hl7Peer::OrderPlacer, "RAD-3", build_order(message, version)});
      }
      procedure_update(out, change, ProcedureAction::Scheduled, faults, version);
      break;
    case ChangeKind::OrderCancelled:
      if (by_filler) filler_order(out, change, "OC", "CA", version);
      procedure_update(out, change, ProcedureAction::Cancelled, faults, version);
      break;
    case ChangeKind::OrderDiscontinued:
      if (by_filler) filler_order(out, change, "SC", "DC", version);
      procedure_update(out, change, ProcedureAction::Discontinued, faults, version);
      break;
    case ChangeKind::OrderChanged:
      procedure_update(out, change, ProcedureAction::Changed, faults, version);
      break;
    case ChangeKind::StepStarted:
      status_update(out, change, "IP", faults, version);
      break;
    case ChangeKind::StepCompleted:
      if (!every_step(*change.procedure, SpsStatus::Completed)) break;
      status_update(out, change, "CM", faults, version);
      procedure_update(out, change, ProcedureAction::Completed, faults, version);
      break;
    case ChangeKind::StepDiscontinued:
      procedure_update(out, change, ProcedureAction::Discontinued, faults, version);
      break;
  }
  return out;
}

}  // namespace ihe::actors
