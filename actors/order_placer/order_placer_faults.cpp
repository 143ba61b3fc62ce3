#include "actors/order_placer/order_placer_faults.h"

#include <array>

namespace ihe::actors {

std::span<const FaultInfo> order_placer_faults() {
  using namespace order_placer_fault;
  static constexpr std::array<FaultInfo, 7> kCatalog{{
      {kAnswerAe,
       "every message received (RAD-1, RAD-3, RAD-12) is answered AE with ERR 207 although it is valid "
       "(RAD TF-2 2.4: a conformant message is accepted with AA)"},
      {kNeverAnswer,
       "messages received are never acknowledged; the connection stays open (RAD TF-2 2.4, HL7 v2.5.1 "
       "2.9.2: every message gets an acknowledgement)"},
      {kWrongMsa2,
       "acknowledgements carry an MSA-2 other than the received MSH-10 (HL7 v2.5.1 2.9.2: MSA-2 echoes the "
       "message control ID)"},
      {kCloseWithoutAnswer, "the connection is closed instead of acknowledging (HL7 v2.5.1 Appendix C.2.1)"},
      {kSnAnswerOk,
       "a RAD-3 new filler order (ORC-1 SN) is answered with ORC-1 OK instead of NA (number assigned, HL7 "
       "table 0119; digest 2.4, MESA 105)"},
      {kSnNoPlacerNumber,
       "a RAD-3 new filler order is answered NA without the placer order number in ORC-2, so the Order "
       "Filler cannot link the order (digest 2.4: NA + placer number)"},
      {kNwWithoutPlacerNumber,
       "RAD-2 new orders (ORC-1 NW) are sent without a placer order number in ORC-2/OBR-2 (ORC-2 R for "
       "NW, digest 2.4)"},
  }};
  return kCatalog;
}

Hl7ReceiverFaults receiver_faults(const FaultSwitches& faults) {
  using namespace order_placer_fault;
  Hl7ReceiverFaults hooks;
  hooks.answer_ae = faults.on(kAnswerAe);
  hooks.never_answer = faults.on(kNeverAnswer);
  hooks.wrong_msa2 = faults.on(kWrongMsa2);
  hooks.close_without_answer = faults.on(kCloseWithoutAnswer);
  return hooks;
}

}  // namespace ihe::actors
