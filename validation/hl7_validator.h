#pragma once

#include <vector>

#include "actors/hl7/message.h"
#include "profiles/model/hl7_rules.h"
#include "reports/model/finding.h"

namespace ihe::validation {

// Checks one HL7 message against its transaction's rules: MSH-9 names a message of the transaction, MSH-9.3
// names its structure, the segments follow the structure's grammar and the profile's cardinalities, and
// every field rule and field-pair rule holds. Findings are in message order per rule family; an empty
// result means conformant as far as the data covers.
std::vector<reports::Finding> validate_hl7(const hl7::Message& message,
                                           const profiles::Hl7TransactionRules& rules);

// The parts, for tests and for callers that already picked the message rules.
void check_grammar(const hl7::Message& message, const profiles::MessageRules& rules,
                   std::vector<reports::Finding>& out);
void check_cardinalities(const hl7::Message& message, const profiles::MessageRules& rules,
                         std::vector<reports::Finding>& out);
void check_fields(const hl7::Message& message, const profiles::MessageRules& rules,
                  std::vector<reports::Finding>& out);
void check_pairs(const hl7::Message& message, const profiles::MessageRules& rules,
                 std::vector<reports::Finding>& out);

}  // namespace ihe::validation
