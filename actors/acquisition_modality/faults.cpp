#include "actors/acquisition_modality/faults.h"

#include <array>

namespace ihe::actors {

std::span<const FaultInfo> acquisition_modality_faults() {
  static constexpr std::array<FaultInfo, 7> kFaults{{
      {"images-drop-accession-number",
       "images carry no Accession Number (0008,0050) (RAD TF-2 Appendix A: copied from the MWL item; type "
       "2)"},
      {"images-drop-request-attributes",
       "images carry no Request Attributes Sequence (0040,0275) (RAD TF-2 Appendix A: RP ID, SPS ID copied)"},
      {"images-new-study-uid",
       "images use a Study Instance UID of their own, not the MWL's (RAD TF-2 Appendix A)"},
      {"mpps-missing-ssas",
       "MPPS N-CREATE without Scheduled Step Attributes Sequence (0040,0270) (PS3.4 F.7.2-1, type 1)"},
      {"mpps-no-performed-series",
       "final MPPS N-SET without Performed Series Sequence (0040,0340) (PS3.4 F.7.2-1 note 2)"},
      {"mpps-incomplete-image-list",
       "final MPPS N-SET lists all images but the last (PS3.4 F.7.2.2.2: every image created is listed)"},
      {"stgcmt-skip", "no Storage Commitment request after storing (RAD-10 is required of the modality)"},
  }};
  return kFaults;
}

}  // namespace ihe::actors
