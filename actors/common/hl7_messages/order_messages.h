#pragma once

#include <string>
#include <string_view>

#include "actors/common/hl7_messages/read_result.h"
#include "actors/common/hl7_messages/visit.h"
#include "actors/common/procedure_records.h"
#include "actors/hl7/message.h"

namespace ihe::actors {

// One order of RAD-2 Placer Order Management (ORC-1 NW new, CA cancel) or RAD-3 Filler Order Management
// (SN new filler order, OC cancelled, SC status change with ORC-5 IP or CM), digest 2.4.
//
// What the order carries of the procedure: placer and filler order numbers (EI text "NUMBER^NAMESPACE"),
// the procedure code (OBR-4, codes[0]), the priority (TQ1-9 / ORC-7.6), the requesting physician (OBR-16,
// ORC-12) and, from steps[0] when there is one, the modality (OBR-24) and the start (TQ1-7 / ORC-7.4).
// The referring physician travels in visit.referring_doctor (PV1-8).
struct OrderMessage {
  std::string order_control = "NW";  // ORC-1, HL7 table 0119
  std::string order_status;          // ORC-5, HL7 table 0038 (SC IP CM CA)
  Patient patient;
  Visit visit;
  RequestedProcedure procedure;
  bool operator==(const OrderMessage&) const = default;
};

// "RAD-2" for NW/CA, "RAD-3" for SN/OC/SC; empty for any other ORC-1.
std::string_view order_transaction(std::string_view order_control);

// OMG^O19^OMG_O19 (2.5.1, SWF.b) or ORM^O01 (2.3.1, SWF): MSH PID PV1 ORC [TQ1] OBR. Throws
// ihe::HarnessError for an ORC-1 that is not NW, CA, SN, OC or SC (a caller's bug).
hl7::Message build_order(const OrderMessage& order, std::string_view version = "2.5.1");
// ORC and OBR required, with ORC-1 and a placer or filler number; PID-3.1 required.
ReadResult<OrderMessage> read_order(const hl7::Message& message);

// The application response to an order: ORG^O20 (2.5.1) or ORR^O02 (2.3.1) with ORC-1 from HL7 table 0119
// (OK accepted, UA unable to accept, CR canceled as requested, UC unable to cancel, NA number assigned).
struct OrderResponse {
  std::string order_control = "OK";
  std::string placer_order_number;  // ORC-2
  std::string filler_order_number;  // ORC-3
  bool operator==(const OrderResponse&) const = default;
};
// The response's own part: MSH-9 and one ORC. An Hl7Receiver adds MSH-3..7/10, MSA and ERR (the MSA goes
// right after the MSH, HL7 v2.5.1 4.4.2 ORG_O20).
hl7::Message build_order_response(const OrderResponse& response, std::string_view version = "2.5.1");
// ORC-1 required (an ORG/ORR that rejects an order may lack the ORC: read_ack() still gives its MSA).
ReadResult<OrderResponse> read_order_response(const hl7::Message& message);

}  // namespace ihe::actors
