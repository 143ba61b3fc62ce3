#include "actors/order_filler/faults.h"

#include <array>

namespace ihe::actors {

std::span<const FaultInfo> order_filler_faults() {
  using namespace order_filler_fault;
  static constexpr std::array<FaultInfo, 16> kCatalog{{
      {kMwlDropReturnKey,
       "MWL answers lack Accession Number (0008,0050) and Study Instance UID (0020,000D) even when requested "
       "(PS3.4 K.6-1 return types 2 and 1; PS3.4 C.4.1.2.3: every requested key is returned)"},
      {kMwlIgnoreDateRange,
       "MWL matching ignores the SPS Start Date/Time keys and answers steps outside the range (PS3.4 K.6-1, "
       "C.2.2.2.5 range matching)"},
      {kMwlIgnoreStationAe,
       "MWL matching ignores the Scheduled Station AE Title key and answers other stations' steps (PS3.4 "
       "K.6-1 single value matching)"},
      {kMwlWrongStudyUid,
       "MWL answers carry a Study Instance UID other than the scheduled one (the MWL Study Instance UID must "
       "equal the one of the order's RAD-4, MESA 131.4; the modality copies it into images and MPPS, RAD "
       "TF-2 "
       "Appendix A, so they end up unlinked)"},
      {kMppsAcceptNsetAfterCompleted,
       "MPPS N-SET on a COMPLETED or DISCONTINUED step is accepted instead of 0x0110 (PS3.4 F.7.2.2.3, "
       "Table F.7.2-2 A710)"},
      {kMppsIgnore,
       "MPPS N-CREATE/N-SET are answered with success but the SPS status is not updated (SPS status must "
       "follow the MPPS: IN PROGRESS -> STARTED, COMPLETED -> COMPLETED, DISCONTINUED -> DISCONTINUED)"},
      {kIgnoreA08,
       "RAD-12 A08 is acknowledged AA but not applied: the worklist keeps the old demographics and nothing "
       "is "
       "forwarded to the Image Manager (PIR, spec digest 4.2: the OF updates orders and MWL and forwards "
       "A08)"},
      {kIgnoreA40,
       "RAD-12 A40 is acknowledged AA but not applied: the prior Patient ID keeps its orders and nothing is "
       "forwarded (PIR, spec digest 4.2: MRG-1 is never used again; the OF forwards A40 to the IM)"},
      {kAnswerAe,
       "every HL7 message is answered AE with ERR 207 whatever its content (RAD TF-2 2.4: a conformant "
       "message is accepted with AA)"},
      {kNeverAnswer,
       "HL7 messages are read but never acknowledged; the connection stays open (RAD TF-2 2.4, HL7 v2.5.1 "
       "2.9.2: every message is answered in original mode)"},
      {kNoRad4,
       "a newly scheduled order is not sent to the Image Manager as RAD-4 Procedure Scheduled (RAD TF-1 SWF: "
       "the OF sends RAD-4 for every scheduled requested procedure)"},
      {kDropIpc3,
       "RAD-4 carries no Study Instance UID (IPC-3 empty in 2.5.1, ZDS-1 in 2.3.1), which is R (spec digest "
       "2.5 IPC table; MESA 131.4 compares it with the MWL's)"},
      {kWrongOrcPair,
       "RAD-4 goes out with ORC-5 empty instead of SC: NW with no order status is none of the ORC-1/ORC-5 "
       "pairs of RAD TF-2 Table 4.13-1 (spec digest 2.5)"},
      {kAcceptUnreadableOrder,
       "a RAD-2 order whose content cannot be read (no Patient ID in PID-3, no order control in ORC-1) is "
       "acknowledged AA and silently dropped (HL7 v2.5.1 2.9.2: AE/AR with ERR for a message the receiver "
       "cannot process; spec digest 2.3/2.4: PID-3 and ORC-1 are required)"},
      {kMwlIgnorePatientId,
       "MWL matching ignores the Patient ID key and answers every patient's steps (PS3.4 K.6-1: Patient ID "
       "is a required matching key, single value matching, C.2.2.2.1)"},
      {kRad3LegacyOrm,
       "RAD-3 status updates (SC with IP/CM) on an HL7 v2.5.1 link are typed ORM^O01, legacy SWF's message: "
       "SWF.b uses OMG^O19 between Order Placer and Order Filler for RAD-2/RAD-3 (spec digest Versions and "
       "2.4, verified against Gazelle OrderManager)"},
  }};
  return kCatalog;
}

}  // namespace ihe::actors
