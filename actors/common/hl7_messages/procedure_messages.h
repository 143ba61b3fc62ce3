#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "actors/common/hl7_messages/read_result.h"
#include "actors/common/hl7_messages/visit.h"
#include "actors/common/procedure_records.h"
#include "actors/hl7/message.h"

namespace ihe::actors {

// The five ORC-1/ORC-5 pairs of RAD-4 and RAD-13 (RAD TF-2 Table 4.13-1, digest 2.5).
enum class ProcedureAction {
  Scheduled,     // RAD-4  NW/SC
  Cancelled,     // RAD-13 CA/CA
  Discontinued,  // RAD-13 DC/CA
  Changed,       // RAD-13 XO/SC information changed
  Completed,     // RAD-13 XO/CM
};
struct OrderControlPair {
  std::string_view control;  // ORC-1
  std::string_view status;   // ORC-5
};
OrderControlPair order_control_pair(ProcedureAction action);
// nullopt for a pair outside the table (NW/IP, XO with empty ORC-5, ...).
std::optional<ProcedureAction> procedure_action(std::string_view control, std::string_view status);
// "RAD-4" for Scheduled, "RAD-13" otherwise.
std::string_view procedure_transaction(ProcedureAction action);
// The SPS status a step takes (Cancelled and Discontinued both DISCONTINUED: SpsStatus has no CANCELLED).
SpsStatus sps_status(ProcedureAction action);
std::string_view to_string(ProcedureAction action);

// One Requested Procedure with its Scheduled Procedure Steps, as RAD-4/RAD-13 carry it.
//
// 2.5.1 (OMI^O23^OMI_O23): MSH PID PV1 ORC TQ1 OBR IPC..., one IPC per step: IPC-1 accession, IPC-2
// requested procedure ID, IPC-3 Study Instance UID, IPC-4 SPS ID, IPC-5 modality, IPC-6 protocol codes
// (IPC-6[1].2 doubles as the SPS description), IPC-7 station name, IPC-8 location, IPC-9 station AE.
// TQ1-7 holds steps[0]'s start: the reader gives every step that start.
// 2.3.1 (ORM^O01 + ZDS, SWF): one ORC OBR ZDS group per step: ORC-7.4 start, OBR-4 procedure code
// (1-3) and first protocol code (4-6), OBR-18 accession, OBR-19 RP ID, OBR-20 SPS ID, OBR-24 modality,
// ZDS-1 Study Instance UID; station AE, name and location are not carried.
// Both: OBR-44 carries the RP description in component 2; step status follows the action.
struct ProcedureMessage {
  ProcedureAction action = ProcedureAction::Scheduled;
  Patient patient;
  Visit visit;
  RequestedProcedure procedure;
  bool operator==(const ProcedureMessage&) const = default;
};

// Throws ihe::HarnessError when the procedure has no step (IPC is 1..n, RAD TF-2 4.4.4.1.2.2.8).
hl7::Message build_procedure(const ProcedureMessage& message, std::string_view version = "2.5.1");
// PID-3.1, ORC, OBR required; 2.5.1 at least one IPC with IPC-3 and IPC-4; 2.3.1 ZDS-1 and OBR-20 per group.
ReadResult<ProcedureMessage> read_procedure(const hl7::Message& message);

// The application response to RAD-4/RAD-13 for an Hl7Receiver answer: ORI^O24^ORI_O24 (v2.5.1: [PID]
// {ORC [TQ1] OBR {IPC}}, HL7 v2.5.1 4.4.11) or ORR^O02 (v2.3.1: [PID] {ORC OBR}), echoing `answered` with
// ORC-1 `order_control` (HL7 table 0119: OK accepted, UA unable to accept, ...). Whether IHE wants it or
// the general ACK is unverified (digest 2.5): receivers may answer either.
hl7::Message build_procedure_response(const ProcedureMessage& answered, std::string_view order_control = "OK",
                                      std::string_view version = "2.5.1");

}  // namespace ihe::actors
