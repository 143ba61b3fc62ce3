#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "actors/common/hl7_messages/read_result.h"
#include "actors/common/hl7_messages/visit.h"
#include "actors/common/procedure_records.h"
#include "actors/hl7/message.h"

// The segments every order message shares (RAD-2/3 OMG/ORM, RAD-4/13 OMI/ORM): PID PV1 up front, then an
// ORC (+ TQ1 in v2.5.1) + OBR group. Internal to ihe_hl7_messages.
namespace ihe::actors::order_group {

// PID and PV1 (RAD TF-2 4.4.4.1.2: PID and PV1 R in order messages).
void add_patient_visit(hl7::Message& message, const Patient& patient, const Visit& visit);

// ORC-1/2/3/5/12 (+ ORC-7 ^^^start^^priority before v2.5; TQ1-7/TQ1-9 from v2.5, RAD TF-2 4.4.4.1.2.2:
// ORC-7 not used in 2.5.1) as the `occurrence`-th ORC, appended after the segments already there.
void add_orc(hl7::Message& message, std::size_t occurrence, std::string_view control, std::string_view status,
             const RequestedProcedure& procedure, const std::string& start, std::string_view version);
// OBR-1/2/3/4/16 and OBR-24 (modality) when not empty.
void add_obr(hl7::Message& message, std::size_t occurrence, const RequestedProcedure& procedure,
             const std::string& modality);

// The `occurrence`-th "SEG[n]-" prefix of a path.
std::string at(std::string_view segment, std::size_t occurrence);

// ORC-1/2/3/5, OBR-4 code, OBR-16, priority and start (ORC-7 or TQ1). Requires ORC, ORC-1, OBR, and a
// placer or filler number.
struct OrderGroup {
  std::string control;
  std::string status;
  RequestedProcedure procedure;  // numbers, codes[0], requesting physician, priority
  std::string start;             // DTM
  std::string modality;          // OBR-24
};
ReadResult<OrderGroup> read_group(const hl7::Message& message, std::size_t occurrence);

}  // namespace ihe::actors::order_group
