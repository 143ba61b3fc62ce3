#pragma once

#include <string>
#include <string_view>

#include "actors/dicom/dicom_dataset.h"
#include "actors/hl7/message.h"
#include "profiles/model/rule_set.h"

namespace ihe::validation {

// What a recorded message is, found from its content: `kind` as RecordedMessage names it (rad-4, mwl,
// mpps-create, ...), or empty with `problem` saying why it could not be told.
struct Identity {
  std::string kind;
  std::string problem;
};

// The message kind of the transaction in `profile` whose message rules hold MSH-9 type^trigger and whose
// ORC-1/ORC-5 pairs accept the message's (OMI^O23 NW/SC -> RAD-4, CA/CA -> RAD-13; OMG^O19 NW -> RAD-2,
// SN/OC/SC -> RAD-3). A transaction whose pairs accept the message outranks one without pair rules. A
// message with MSA (ACK, ORI^O24, ORG^O20) is "hl7-response", which no rules check.
Identity identify_hl7(const hl7::Message& message, const profiles::RuleSet& rules, std::string_view profile);

// The DICOM data sets of SWF by what they hold: a query answer has Query/Retrieve Level (PS3.4 C.4.1.1.3),
// a worklist item the SPS Sequence (K.6-1), an MPPS N-CREATE the Scheduled Step Attributes Sequence or PPS
// start date (F.7.2-1) and an N-SET only PPS attributes, a storage commitment report its Failed SOP
// Sequence (J.3.3; an all-success report cannot be told from a request, J.3.2), an IAN the Referenced
// Series Sequence (PS3.3 C.17.1), an image SOP Class/Instance and Series Instance UIDs.
Identity identify_dicom(const dicom::DicomDataset& dataset);

// The message kind of a transaction's messages: RAD-2 "order", RAD-4 "rad-4", other HL7 ones "rad-N".
std::string kind_of_transaction(std::string_view transaction);

}  // namespace ihe::validation
