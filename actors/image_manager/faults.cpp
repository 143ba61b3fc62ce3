#include "actors/image_manager/faults.h"

#include <array>

namespace ihe::actors {

std::span<const FaultInfo> image_manager_faults() {
  using namespace image_manager::fault;
  static const std::array<FaultInfo, 22> catalog{{
      {kMppsAcceptNsetAfterCompleted,
       "MPPS N-SET after COMPLETED/DISCONTINUED is accepted (0x0000) instead of 0x0110 (PS3.4 F.7.2.2.3)"},
      {kStgcmtSuccessForMissing,
       "storage commitment reports event type 1 (all committed) even for instances not held (PS3.4 J.3.3.1)"},
      {kStgcmtNeverReport, "N-ACTION is answered 0x0000 but no N-EVENT-REPORT ever follows (PS3.4 J.3.3.1)"},
      {kStgcmtWrongTransactionUid,
       "the storage commitment report carries another Transaction UID than the request (PS3.4 J.3.3.1.2)"},
      {kStgcmtReportFromWrongAe,
       "a report on a new association comes from another calling AE title than the N-ACTION's called AE "
       "(PS3.4 J.3.3.1.2; modalities reject it, dcm4chee #3592)"},
      {kQueryDropReturnKey,
       "C-FIND responses leave out the requested Accession Number and Patient's Name (PS3.4 C.4.1.2.3)"},
      {kQueryIgnorePatientId, "C-FIND ignores the Patient ID key: every patient matches (PS3.4 C.2.2.2.1)"},
      {kQueryWildcardLiteral,
       "C-FIND compares keys with '*' or '?' literally: a wildcard name query finds nothing (PS3.4 "
       "C.2.2.2.4)"},
      {kQueryIgnoreDateRange,
       "C-FIND ignores date/time range keys (\"a-b\"): studies outside the range match (PS3.4 C.2.2.2.5)"},
      {kQueryNoMatchError,
       "a C-FIND that matches nothing ends with 0xC001 (unable to process) instead of success (PS3.4 "
       "C.4.1.1.4)"},
      {kQueryCountSeriesAsInstances,
       "C-FIND answers Number of Study Related Instances (0020,1208) with the number of series (PS3.4 "
       "C.6.2.1.2, C.4.1.2.3: a returned key carries the entity's value)"},
      {kMoveDropInstance,
       "C-MOVE sends one instance fewer than match and still ends with success (PS3.4 C.4.2.1.5)"},
      {kStoreRefuse, "every C-STORE is answered 0xA700 out of resources and nothing is stored (RAD-8)"},
      {kIgnoreA08,
       "an ADT^A08 is acknowledged AA but not applied: queries keep answering the old demographics (RAD-12, "
       "PIR: spec digest 4.2)"},
      {kA40KeepsOldId,
       "an ADT^A40 is acknowledged AA and takes the survivor's demographics, but the instances keep the "
       "prior "
       "Patient ID, which still matches queries (RAD-12, PIR: spec digest 4.2)"},
      {kIgnoreRad13,
       "RAD-13 procedure updates are acknowledged AA but not applied: the procedure list and linked images "
       "keep the old values (RAD-13, spec digest 2.5)"},
      {kAnswerAe,
       "every HL7 message is answered AE (207 application internal error) and nothing is applied (HL7 v2.5.1 "
       "2.9: a conformant message must be accepted)"},
      {kNeverAnswer,
       "HL7 messages are read and applied but never acknowledged, the connection stays open (HL7 v2.5.1 "
       "2.9, RAD TF-2 2.4: every message gets an ACK)"},
      {kIanNeverSent,
       "no Instance Availability Notification is sent when an MPPS completes and its instances are stored "
       "(RAD-49, PS3.4 Annex R; MESA 134)"},
      {kIanMissingInstance,
       "the Instance Availability Notification leaves out the last stored instance of the PPS (RAD-49, "
       "PS3.4 Table R.3-1: every available instance is listed)"},
      {kArchiveDropsRequestAttributes,
       "a stored image keeps only the first item of its Request Attributes Sequence (0040,0275): retrieved, "
       "a grouped procedure's image names one requested procedure (PS3.17 J.4.1 group case; RAD-8 "
       "storage level unverified, so a SHOULD)"},
      {kMppsRefusesGroup,
       "an MPPS N-CREATE whose Scheduled Step Attributes Sequence has more than one item is refused 0x0106 "
       "(PS3.4 F.7.2-1: one item per SPS the step performs; PS3.17 J.4.1 group case)"},
  }};
  return catalog;
}

}  // namespace ihe::actors
