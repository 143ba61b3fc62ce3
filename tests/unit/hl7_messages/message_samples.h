#pragma once

#include <string>
#include <vector>

#include "actors/common/hl7_messages/visit.h"
#include "actors/common/procedure_records.h"
#include "actors/hl7/message.h"
#include "reports/model/finding.h"

// Synthetic records for the builder tests (and the python-hl7 peer test), and the shipped validators.
namespace ihe::actors::test {

// "2.5.1" -> SWF.b, "2.3.1" -> SWF.
std::string profile_of(const std::string& version);

Patient patient();
Visit visit();
// One requested procedure with two steps that share a start (2.5.1 TQ1 carries one start per OMI).
RequestedProcedure procedure();

// `message` with the MSH fields Hl7Sender fills (MSH-3..7, 10) set, as it goes on the wire.
hl7::Message as_sent(hl7::Message message);

// The validators' findings of severity Error for `message` against `transaction` in the profile of
// `version`; each as Finding::to_string(), so a failing test prints them.
std::vector<std::string> errors(const hl7::Message& message, const std::string& version,
                                const std::string& transaction);

}  // namespace ihe::actors::test
