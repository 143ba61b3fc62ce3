#pragma once

#include <functional>
#include <optional>
#include <string>

#include "actors/common/procedure_records.h"

// The vocabulary of OrderWorkflow: what a caller asks for (a new order, a change), why a request was
// refused, and the notification observers get after each applied change. No HL7 here: the HL7 side maps
// a refusal to an ERR-3 code and a change to the RAD-3 / RAD-4 / RAD-13 / RAD-12 message it implies.
namespace ihe::actors {

// Why a request changed nothing.
enum class Refusal {
  None,
  MissingValue,     // a required identifier is empty (HL7 table 0357: 101)
  UnknownPatient,   // (204)
  UnknownOrder,     // (204)
  DuplicateOrder,   // a placer order number already scheduled (205)
  MergeIntoItself,  // A40 with MRG-1 = PID-3 (205, spec digest 4.2)
  WrongState,       // e.g. cancelling an order whose step has started (HL7 table 0119: UC)
};

struct ChangeResult {
  Refusal refusal = Refusal::None;
  std::string reason;                           // one line naming the identifiers; empty when accepted
  std::optional<RequestedProcedure> procedure;  // the order after the change, with all its steps
  bool accepted() const { return refusal == Refusal::None; }
};

// Who asked for a change: the HL7 side answers the initiator and notifies the others (an order the
// filler cancels itself goes back to the placer as RAD-3 OC; one the placer cancels does not).
enum class Initiator { Adt, OrderPlacer, OrderFiller, Modality };

enum class ChangeKind {
  PatientRegistered,  // RAD-1
  PatientUpdated,     // RAD-12 A08: forwarded to the Image Manager
  PatientsMerged,     // RAD-12 A40: forwarded to the Image Manager
  OrderScheduled,     // RAD-4 NW/SC
  OrderCancelled,     // RAD-13 CA/CA (and RAD-3 OC when the filler cancelled it)
  OrderDiscontinued,  // RAD-13 DC/CA
  OrderChanged,       // RAD-13 XO/SC
  StepStarted,        // MPPS IN PROGRESS: RAD-3 SC/IP
  StepCompleted,      // MPPS COMPLETED: RAD-3 SC/CM, RAD-13 XO/CM once every step is completed
  StepDiscontinued,   // MPPS DISCONTINUED: RAD-13 DC/CA
};

struct OrderChange {
  ChangeKind kind;
  Initiator initiator;
  Patient patient;                              // after the change (a merge: the surviving patient)
  std::optional<Patient> prior_patient;         // a merge: the subsumed one (MRG-1)
  std::optional<RequestedProcedure> procedure;  // order changes: the order after it, all its steps
  std::string sps_id;                           // step changes: the step that moved
};

using ChangeObserver = std::function<void(const OrderChange&)>;

// An order to schedule (RAD-2 NW, or one the filler creates): one requested procedure with one SPS.
struct NewOrder {
  Patient patient;                   // registered when not known yet (the order carries the PID)
  std::string placer_order_number;   // ORC-2; required unless the filler creates the order itself (RAD-3 SN)
  std::string filler_order_number;   // ORC-3; empty: we assign one
  CodedEntry procedure_code;         // OBR-4 1-3: RP code, and the SPS's protocol code
  std::string modality;              // empty: SchedulingDefaults
  std::string station_ae;            // empty: SchedulingDefaults
  std::string start_date;            // DA; empty: today
  std::string start_time;            // TM; empty: now
  std::string priority;              // TQ1-9 / ORC-7.6
  std::string referring_physician;   // PV1-8
  std::string requesting_physician;  // OBR-16
  // Empty: we assign one. Set: the study already acquired for it (PIR case 3, spec digest 4.1: the Study
  // Instance UID of an unscheduled MPPS, so that RAD-4 links the images stored before the order).
  std::string study_instance_uid;
};

// What the filler fills in when an order leaves it open (HL7 -> MWL table: station AE "config").
struct SchedulingDefaults {
  std::string modality = "CT";
  std::string station_ae = "MODALITY1";
  std::string station_name;
  std::string location;
};

// Names one order: by placer order number, accession number, or both (each checked when given).
struct OrderRef {
  std::string placer_order_number;
  std::string accession_number;
};

// A filler-side change of a scheduled order (RAD-13 XO/SC): empty fields stay as they are.
struct OrderUpdate {
  std::string start_date;
  std::string start_time;
  std::string modality;
  std::string station_ae;
  std::string description;
};

}  // namespace ihe::actors
