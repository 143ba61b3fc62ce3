#include "actors/order_filler/order_workflow.h"

#include <algorithm>

namespace ihe::actors {
namespace {

using Contents = ProcedureStoreContents;
using Changes = std::vector<OrderChange>;

ChangeResult refused(Refusal refusal, std::string reason) {
  return ChangeResult{refusal, std::move(reason), std::nullopt};
}

ChangeResult accepted(std::optional<RequestedProcedure> procedure = std::nullopt) {
  return ChangeResult{Refusal::None, "", std::move(procedure)};
}

std::string describe(const OrderRef& ref) {
  if (ref.accession_number.empty()) return "placer order '" + ref.placer_order_number + "'";
  if (ref.placer_order_number.empty()) return "accession '" + ref.accession_number + "'";
  return "placer order '" + ref.placer_order_number + "' (accession '" + ref.accession_number + "')";
}

std::vector<RequestedProcedure>::iterator find_order(Contents& contents, const OrderRef& ref) {
  if (ref.placer_order_number.empty() && ref.accession_number.empty()) return contents.procedures.end();
  return std::find_if(
      contents.procedures.begin(), contents.procedures.end(), [&](const RequestedProcedure& p) {
        return (ref.placer_order_number.empty() || p.placer_order_number == ref.placer_order_number) &&
               (ref.accession_number.empty() || p.accession_number == ref.accession_number);
      });
}

bool any_step(const RequestedProcedure& procedure, std::initializer_list<SpsStatus> statuses) {
  return std::any_of(procedure.steps.begin(), procedure.steps.end(), [&](const ScheduledProcedureStep& step) {
    return std::find(statuses.begin(), statuses.end(), step.status) != statuses.end();
  });
}

bool under_way(const RequestedProcedure& procedure) {
  return any_step(procedure, {SpsStatus::Started, SpsStatus::Completed, SpsStatus::Discontinued});
}

OrderChange order_change(ChangeKind kind, Initiator initiator, const Contents& contents,
                         const RequestedProcedure& procedure) {
  return OrderChange{kind,         initiator, contents.patients.at(procedure.patient_id),
                     std::nullopt, procedure, ""};
}

ChangeKind step_change_kind(SpsStatus status) {
  if (status == SpsStatus::Completed) return ChangeKind::StepCompleted;
  if (status == SpsStatus::Discontinued) return ChangeKind::StepDiscontinued;
  return ChangeKind::StepStarted;
}

void keep_if_given(std::string& field, const std::string& value) {
  if (!value.empty()) field = value;
}

}  // namespace

OrderWorkflow::OrderWorkflow(ProcedureStore& store, SchedulingDefaults defaults, Clock clock)
    : store_(store), defaults_(std::move(defaults)), clock_(std::move(clock)) {}

void OrderWorkflow::subscribe(ChangeObserver observer) {
  const std::lock_guard lock(notify_mutex_);
  observers_.push_back(std::move(observer));
}

// The notification lock is held from the check to the last observer, so that observers see the changes
// in the order the store made them even when an MPPS and an HL7 message arrive at once. Observers must
// therefore be quick (queue what they send) and never call back into the workflow.
ChangeResult OrderWorkflow::apply(const std::function<ChangeResult(Contents&, Changes&)>& change) {
  const std::lock_guard lock(notify_mutex_);
  Changes changes;
  auto result = store_.edit([&](Contents& contents) { return change(contents, changes); });
  if (!result.accepted()) return result;
  for (const auto& made : changes)
    for (const auto& observer : observers_) observer(made);
  return result;
}

ChangeResult OrderWorkflow::register_patient(const Patient& patient, Initiator initiator) {
  if (patient.id.empty()) return refused(Refusal::MissingValue, "the patient has no Patient ID (PID-3.1)");
  return apply([&](Contents& contents, Changes& changes) {
    const bool known = contents.patients.contains(patient.id);
    contents.patients[patient.id] = patient;
    changes.push_back({known ? ChangeKind::PatientUpdated : ChangeKind::PatientRegistered, initiator, patient,
                       std::nullopt, std::nullopt, ""});
    return accepted();
  });
}

ChangeResult OrderWorkflow::update_patient(const Patient& patient) {
  if (patient.id.empty()) return refused(Refusal::MissingValue, "the patient has no Patient ID (PID-3.1)");
  return apply([&](Contents& contents, Changes& changes) {
    const auto known = contents.patients.find(patient.id);
    if (known == contents.patients.end())
      return refused(Refusal::UnknownPatient, "unknown patient '" + patient.id + "'");
    known->second = patient;
    changes.push_back({ChangeKind::PatientUpdated, Initiator::Adt, patient, std::nullopt, std::nullopt, ""});
    return accepted();
  });
}

ChangeResult OrderWorkflow::merge_patients(const Patient& surviving, const std::string& prior_patient_id) {
  if (surviving.id.empty() || prior_patient_id.empty())
    return refused(Refusal::MissingValue,
                   "a merge needs the surviving (PID-3) and the prior (MRG-1) Patient ID");
  if (surviving.id == prior_patient_id)
    return refused(Refusal::MergeIntoItself,
                   "patient '" + prior_patient_id + "' cannot be merged into itself");
  return apply([&](Contents& contents, Changes& changes) {
    const auto prior = contents.patients.find(prior_patient_id);
    if (prior == contents.patients.end())
      return refused(Refusal::UnknownPatient, "unknown prior patient '" + prior_patient_id + "' (MRG-1)");
    const Patient subsumed = prior->second;
    contents.patients.erase(prior);
    const auto survivor = contents.patients.try_emplace(surviving.id, surviving).first->second;
    for (auto& procedure : contents.procedures)
      if (procedure.patient_id == prior_patient_id) procedure.patient_id = survivor.id;
    changes.push_back({ChangeKind::PatientsMerged, Initiator::Adt, survivor, subsumed, std::nullopt, ""});
    return accepted();
  });
}

RequestedProcedure OrderWorkflow::scheduled(const NewOrder& order) {
  const auto now = clock_();
  ScheduledProcedureStep step;
  step.sps_id = ids_.short_id('S');
  step.station_ae = order.station_ae.empty() ? defaults_.station_ae : order.station_ae;
  step.station_name = defaults_.station_name;
  step.location = defaults_.location;
  step.start_date = order.start_date.empty() ? now.date : order.start_date;
  // SPS Start Time is a type 1 return key of the worklist (PS3.4 K.6-1): a requested date without a time
  // (TQ1-7 may be a bare date) is scheduled at the start of that day.
  step.start_time =
      order.start_time.empty() ? (order.start_date.empty() ? now.time : "000000") : order.start_time;
  step.modality = order.modality.empty() ? defaults_.modality : order.modality;
  step.description = order.procedure_code.meaning;
  if (!order.procedure_code.value.empty()) step.protocol_codes = {order.procedure_code};

  RequestedProcedure procedure;
  procedure.patient_id = order.patient.id;
  procedure.requested_procedure_id = ids_.short_id('R');
  procedure.accession_number = ids_.accession_number();
  procedure.study_instance_uid = order.study_instance_uid.empty() ? ids_.uid() : order.study_instance_uid;
  procedure.description = order.procedure_code.meaning;
  if (!order.procedure_code.value.empty()) procedure.codes = {order.procedure_code};
  procedure.referring_physician = order.referring_physician;
  procedure.requesting_physician = order.requesting_physician;
  procedure.placer_order_number = order.placer_order_number;
  procedure.filler_order_number =
      order.filler_order_number.empty() ? ids_.short_id('F') : order.filler_order_number;
  procedure.priority = order.priority;
  procedure.steps = {std::move(step)};
  return procedure;
}

ChangeResult OrderWorkflow::schedule_order(const NewOrder& order, Initiator initiator) {
  if (order.patient.id.empty())
    return refused(Refusal::MissingValue, "the order has no Patient ID (PID-3.1)");
  // An order of our own gets its placer number from the Order Placer's answer to RAD-3 SN (digest 2.4).
  if (order.placer_order_number.empty() && initiator != Initiator::OrderFiller)
    return refused(Refusal::MissingValue, "the order has no placer order number (ORC-2)");
  const auto procedure = scheduled(order);
  return apply([&](Contents& contents, Changes& changes) {
    if (!order.placer_order_number.empty() &&
        find_order(contents, {order.placer_order_number, ""}) != contents.procedures.end())
      return refused(Refusal::DuplicateOrder,
                     "placer order '" + order.placer_order_number + "' is already known");
    if (contents.patients.try_emplace(order.patient.id, order.patient).second)
      changes.push_back(
          {ChangeKind::PatientRegistered, initiator, order.patient, std::nullopt, std::nullopt, ""});
    contents.procedures.push_back(procedure);
    changes.push_back(order_change(ChangeKind::OrderScheduled, initiator, contents, procedure));
    return accepted(procedure);
  });
}

ChangeResult OrderWorkflow::assign_placer_number(const std::string& filler_number,
                                                 const std::string& placer_number) {
  return apply([&](Contents& contents, Changes&) {
    for (auto& procedure : contents.procedures)
      if (procedure.filler_order_number == filler_number && procedure.placer_order_number.empty()) {
        procedure.placer_order_number = placer_number;
        return accepted(procedure);
      }
    return refused(Refusal::UnknownOrder, "no order '" + filler_number + "' awaiting a placer number");
  });
}

ChangeResult OrderWorkflow::cancel_order(const OrderRef& ref, Initiator initiator) {
  return apply([&](Contents& contents, Changes& changes) {
    const auto found = find_order(contents, ref);
    if (found == contents.procedures.end()) return refused(Refusal::UnknownOrder, "unknown " + describe(ref));
    if (under_way(*found))
      return refused(Refusal::WrongState, describe(ref) + " cannot be cancelled: a step has started");
    const RequestedProcedure cancelled = *found;
    changes.push_back(order_change(ChangeKind::OrderCancelled, initiator, contents, cancelled));
    contents.procedures.erase(found);
    return accepted(cancelled);
  });
}

ChangeResult OrderWorkflow::discontinue_order(const OrderRef& ref, Initiator initiator) {
  return apply([&](Contents& contents, Changes& changes) {
    const auto found = find_order(contents, ref);
    if (found == contents.procedures.end()) return refused(Refusal::UnknownOrder, "unknown " + describe(ref));
    if (!any_step(*found, {SpsStatus::Scheduled, SpsStatus::Arrived, SpsStatus::Ready, SpsStatus::Started}))
      return refused(Refusal::WrongState, describe(ref) + " has no step left to discontinue");
    for (auto& step : found->steps)
      if (step.status != SpsStatus::Completed) step.status = SpsStatus::Discontinued;
    changes.push_back(order_change(ChangeKind::OrderDiscontinued, initiator, contents, *found));
    return accepted(*found);
  });
}

ChangeResult OrderWorkflow::change_order(const OrderRef& ref, const OrderUpdate& update) {
  return apply([&](Contents& contents, Changes& changes) {
    const auto found = find_order(contents, ref);
    if (found == contents.procedures.end()) return refused(Refusal::UnknownOrder, "unknown " + describe(ref));
    if (under_way(*found))
      return refused(Refusal::WrongState, describe(ref) + " cannot be changed: a step has started");
    keep_if_given(found->description, update.description);
    for (auto& step : found->steps) {
      keep_if_given(step.start_date, update.start_date);
      keep_if_given(step.start_time, update.start_time);
      keep_if_given(step.modality, update.modality);
      keep_if_given(step.station_ae, update.station_ae);
    }
    changes.push_back(order_change(ChangeKind::OrderChanged, Initiator::OrderFiller, contents, *found));
    return accepted(*found);
  });
}

ChangeResult OrderWorkflow::step_performed(const StepReference& reference, SpsStatus status) {
  return apply([&](Contents& contents, Changes& changes) {
    const auto at = locate_step(contents.procedures, reference);
    if (!at) return refused(Refusal::UnknownOrder, "no scheduled step '" + reference.sps_id + "'");
    auto& procedure = contents.procedures[at->first];
    auto& step = procedure.steps[at->second];
    if (step.status == status) return accepted(procedure);
    step.status = status;
    auto change = order_change(step_change_kind(status), Initiator::Modality, contents, procedure);
    change.sps_id = step.sps_id;
    changes.push_back(std::move(change));
    return accepted(procedure);
  });
}

}  // namespace ihe::actors
