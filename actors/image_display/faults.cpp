#include "actors/image_display/faults.h"

#include <array>

namespace ihe::actors {

std::span<const FaultInfo> image_display_faults() {
  static constexpr std::array<FaultInfo, 3> kFaults{{
      {image_display_fault::kStoreRefuse,
       "answer every C-STORE with 0xA700 Refused: Out of Resources and keep nothing (RAD TF-2 4.16: the "
       "display "
       "receives the retrieved images; the archive's C-MOVE then reports failed sub-operations)"},
      {image_display_fault::kStoreSilent,
       "accept the association and the C-STORE data, then never answer it (PS3.4 B.2.3: a C-STORE gets a "
       "response; the archive's sub-operation times out)"},
      {image_display_fault::kRejectAssociation,
       "answer to no AE title: every association is rejected 'called AE title not recognized' (PS3.8 9.3.4; "
       "RAD TF-2 4.16: the display must accept the archive's sub-operation association)"},
  }};
  return kFaults;
}

}  // namespace ihe::actors
