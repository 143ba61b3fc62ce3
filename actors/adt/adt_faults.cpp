#include "actors/adt/adt_faults.h"

#include <array>

namespace ihe::actors {
namespace {

void drop_segments(hl7::Message& message, std::string_view id) {
  std::erase_if(message.segments(), [id](const hl7::Segment& s) { return s.id == id; });
}

}  // namespace

std::span<const FaultInfo> adt_faults() {
  using namespace adt_fault;
  static constexpr std::array<FaultInfo, 5> kCatalog{{
      {kOmitAssigningAuthority,
       "PID-3 and MRG-1 are sent without assigning authority (component 4), so the identifier's domain is "
       "unknown (ITI PAM convention for PID-3.4, digest 2.3; MRG-1.4 checked by MESA)"},
      {kOmitMessageStructure,
       "2.5.1 messages go out with a two-part MSH-9 (no message structure in MSH-9.3, HL7 v2.5.1 2.15.9.9 "
       "and table 0354)"},
      {kOmitPv1,
       "the PV1 segment is left out (required in every RAD-1/RAD-12 event but A40, ADT_A01 grammar)"},
      {kBadPatientClass, "PV1-2 patient class is 'X', not a value of HL7 table 0004 (E I O P R B C N U)"},
      {kA40WithoutMrg,
       "an A40 merge is sent without its MRG segment, so the prior patient ID is missing (MRG-1 R, RAD TF-2 "
       "4.12.4.1.2)"},
  }};
  return kCatalog;
}

void apply_adt_faults(hl7::Message& message, const FaultSwitches& faults) {
  using namespace adt_fault;
  if (faults.on(kOmitAssigningAuthority)) {
    if (message.find("PID") != nullptr) message.set_er7("PID-3.4", "");
    if (message.find("MRG") != nullptr) message.set_er7("MRG-1.4", "");
  }
  if (faults.on(kOmitMessageStructure))
    message.set_er7("MSH-9", message.message_type() + "^" + message.trigger_event());
  if (faults.on(kOmitPv1)) drop_segments(message, "PV1");
  if (faults.on(kBadPatientClass) && message.find("PV1") != nullptr) message.set("PV1-2", "X");
  if (faults.on(kA40WithoutMrg)) drop_segments(message, "MRG");
}

}  // namespace ihe::actors
