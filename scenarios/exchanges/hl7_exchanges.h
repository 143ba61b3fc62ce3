#pragma once

#include <string>

#include "actors/common/hl7_link/hl7_exchange.h"
#include "scenarios/engine/exchange_registry.h"

namespace ihe::scenarios {

// The HL7 exchanges (RAD TF-2 4.1-4.13): send RAD-1/RAD-12 (the harness as ADT), RAD-2 (as Order Placer),
// RAD-4/RAD-13 (as Order Filler to an Image Manager SUT); await RAD-3/4/12/13 on the harness's own HL7
// receiver (answered AA); query RAD-5 against an Order Filler SUT (the harness as Modality).
void add_hl7_sends(ExchangeRegistry& registry);       // hl7_sends.cpp
void add_hl7_awaits(ExchangeRegistry& registry);      // hl7_awaits.cpp
void add_rad5_mwl_query(ExchangeRegistry& registry);  // hl7_rad_005_query.cpp

// Records one HL7 message as Hl7Message evidence (ER7 text, '\r' kept); returns its id.
std::string record_hl7(ExchangeContext& context, bool to_sut, const std::string& transaction,
                       const std::string& text);
// Findings of `message` against the transaction's rules of the scenario's first claimed profile that has
// them (validation library), each naming `evidence_id`.
void validate_hl7_message(ExchangeContext& context, const hl7::Message& message,
                          const std::string& transaction, const std::string& evidence_id,
                          std::vector<reports::Finding>& out);
// The values checks and captures read of a message: message (ER7), event, order-control, order-status,
// placer-order, filler-order, accession, rp-id, study-uid, sps-id, patient-id, patient-name, prior-id.
void add_message_values(const hl7::Message& message, const std::string& text, StepOutcome& outcome);

}  // namespace ihe::scenarios
