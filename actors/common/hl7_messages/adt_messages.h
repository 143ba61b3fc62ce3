#pragma once

#include <string>
#include <string_view>

#include "actors/common/hl7_messages/read_result.h"
#include "actors/common/hl7_messages/visit.h"
#include "actors/common/procedure_records.h"
#include "actors/hl7/message.h"

namespace ihe::actors {

// The identity an A40 merges away: MRG-1 (CX ID^^^AUTHORITY), never used again afterwards.
struct PriorIdentity {
  std::string id;
  std::string issuer;
  bool operator==(const PriorIdentity&) const = default;
};

// One ADT event of RAD-1 (A01 A04 A05 A11 A38) or RAD-12 (A02 A03 A06 A07 A08 A12 A13 A40).
struct AdtEvent {
  std::string trigger = "A04";  // MSH-9.2, EVN-1
  Patient patient;              // PID; for A40 the surviving patient
  Visit visit;
  PriorIdentity prior;        // MRG-1, A40 only
  std::string recorded_time;  // EVN-2 (DTM); empty: now when built
  bool operator==(const AdtEvent&) const = default;
};

// Whether `trigger` is an event we build, and which transaction ("RAD-1"/"RAD-12") carries it.
bool is_adt_trigger(std::string_view trigger);
std::string_view adt_transaction(std::string_view trigger);
// The HL7 2.5.1 message structure (MSH-9.3, HL7 table 0354, digest 2.3): "ADT_A01", "ADT_A39", ...
std::string_view adt_structure(std::string_view trigger);

// MSH (9, 11, 12) EVN PID PV1, or MSH EVN PID MRG PV1 for A40. `version` "2.5.1" (SWF.b) or "2.3.1"
// (SWF). Throws ihe::HarnessError for a trigger not listed above or an A40 without a prior ID: the
// caller's bug or configuration, not a peer's.
hl7::Message build_adt(const AdtEvent& event, std::string_view version = "2.5.1");

// The event back from a message: PID-3.1 required; for A40 also MRG-1.1.
ReadResult<AdtEvent> read_adt(const hl7::Message& message);

// PIR's view of an A40: which patient survives and which identity is merged into it.
struct Merge {
  Patient surviving;
  PriorIdentity prior;
  bool operator==(const Merge&) const = default;
};
ReadResult<Merge> read_merge(const hl7::Message& message);

}  // namespace ihe::actors
