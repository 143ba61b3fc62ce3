#include "actors/order_filler/faults.h"

#include <array>

namespace ihe::actors {

std::span<const FaultInfo> order_filler_faults() {
  using namespace order_filler_fault;
  static constexpr std::array<FaultInfo, 6> kCatalog{{
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
  }};
  return kCatalog;
}

}  // namespace ihe::actors
