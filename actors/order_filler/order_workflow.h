#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "actors/common/id_factory.h"
#include "actors/common/local_date_time.h"
#include "actors/order_filler/order_change.h"
#include "actors/order_filler/procedure_store.h"

// The Order Filler's state changes, as the HL7 side (RAD-1/2/12) and the MPPS receiver (RAD-6/7) ask for
// them. Each is all-or-nothing: checked first, then applied under the store's lock, so a refused request
// (a ChangeResult with a Refusal and a reason, never an exception: bad HL7 content is the peer's fault)
// leaves the store as it was. Every applied change is then passed to the observers, outside the lock,
// in the order the changes were made; they decide what to send (RAD-3/4/13, RAD-12 forwarding).
namespace ihe::actors {

// The local date and time a new order starts at when it names none.
using Clock = std::function<LocalDateTime()>;

class OrderWorkflow {
 public:
  explicit OrderWorkflow(ProcedureStore& store, SchedulingDefaults defaults = {}, Clock clock = local_now);

  // Observers are called on the thread that made the change; add them before the actor starts.
  void subscribe(ChangeObserver observer);

  // RAD-1 (A01/A04/A05): adds the patient, or updates a known one's demographics.
  ChangeResult register_patient(const Patient& patient, Initiator initiator = Initiator::Adt);
  // RAD-12 A08: new demographics for a known patient; an unknown one is refused (UnknownPatient).
  ChangeResult update_patient(const Patient& patient);
  // RAD-12 A40: the prior patient's orders move to the surviving one and the prior ID is gone. The
  // survivor is registered from `surviving` when not known yet (A40 changes identifiers only: a known
  // survivor keeps its demographics). Refused: unknown prior patient, prior == surviving.
  ChangeResult merge_patients(const Patient& surviving, const std::string& prior_patient_id);

  // RAD-2 NW (or an order of our own): one requested procedure with one SPS, identifiers generated.
  ChangeResult schedule_order(const NewOrder& order, Initiator initiator = Initiator::OrderPlacer);
  // The placer number the Order Placer assigned (ORG^O20 NA) to an order we created without one; nothing is
  // notified (the placer knows, and the Image Manager got it in RAD-4). Refused: no order of ours with that
  // filler number still waiting for a number (UnknownOrder).
  ChangeResult assign_placer_number(const std::string& filler_number, const std::string& placer_number);
  // RAD-2 CA (placer) or our own cancel (filler): the order leaves the worklist. Refused once a step has
  // started (HL7 table 0119 UC).
  ChangeResult cancel_order(const OrderRef& ref, Initiator initiator);
  // Every step not yet completed becomes DISCONTINUED (RAD-13 DC/CA).
  ChangeResult discontinue_order(const OrderRef& ref, Initiator initiator = Initiator::OrderFiller);
  // New start, modality, station or description for an order none of whose steps has started.
  ChangeResult change_order(const OrderRef& ref, const OrderUpdate& update);
  // An MPPS moved the step a SSAS item names (STARTED, COMPLETED, DISCONTINUED). Only a real change of
  // status is notified: a repeated IN PROGRESS N-SET notifies nothing.
  ChangeResult step_performed(const StepReference& reference, SpsStatus status);

  ProcedureStore& store() { return store_; }
  const ProcedureStore& store() const { return store_; }

 private:
  ChangeResult apply(
      const std::function<ChangeResult(ProcedureStoreContents&, std::vector<OrderChange>&)>& change);
  RequestedProcedure scheduled(const NewOrder& order);

  ProcedureStore& store_;
  SchedulingDefaults defaults_;
  Clock clock_;
  IdFactory ids_;
  std::mutex notify_mutex_;  // observers see changes one at a time, in order
  std::vector<ChangeObserver> observers_;
};

}  // namespace ihe::actors
