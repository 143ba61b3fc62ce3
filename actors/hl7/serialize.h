#pragma once

#include <string>

#include "actors/hl7/delimiters.h"
#include "actors/hl7/message.h"

namespace ihe::hl7 {

// ER7 encoding (HL7 v2.5.1 2.6): every segment, MSH first as stored, ends with a carriage return (0x0D)
// and nothing else, whatever terminator the text was read with. Uses the delimiters of the message's MSH.
std::string serialize(const Message& message);

// One segment without its terminator; an MSH writes MSH-1 and MSH-2 verbatim (`MSH|^~\&|...`).
std::string serialize(const Segment& segment, const Delimiters& delimiters);
std::string serialize(const Field& field, const Delimiters& delimiters);
std::string serialize(const Repetition& repetition, const Delimiters& delimiters);
std::string serialize(const Component& component, const Delimiters& delimiters);

}  // namespace ihe::hl7
