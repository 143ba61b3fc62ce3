#include "actors/acquisition_modality/faults.h"

#include <array>

namespace ihe::actors {

std::span<const FaultInfo> acquisition_modality_faults() {
  static constexpr std::array<FaultInfo, 16> kFaults{{
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
      {"mpps-unscheduled-bogus-ssas",
       "an unscheduled MPPS's SSAS item carries an invented Accession Number and SPS ID instead of "
       "zero-length "
       "values (spec digest 3.2 unscheduled case, MESA 201)"},
      {"mpps-discontinue-without-reason",
       "a step the operator discontinues with a reason is reported DISCONTINUED without the Discontinuation "
       "Reason Code Sequence (0040,0281) (MESA 242, CID 9300)"},
      {"mpps-reuse-pps-id",
       "every MPPS after the first reuses the first PPS ID (0040,0253) (MESA 213/231: each performed step "
       "has "
       "a PPS ID of its own)"},
      {"mpps-group-one-ssas-item",
       "a step performing several SPS (group case) names only the first in its SSAS (PS3.4 F.7.2-1, MESA "
       "221: "
       "one item per SPS)"},
      {"worklist-cached",
       "the modality performs the first worklist answer it got for a patient, not the current one (MESA 271: "
       "a name changed on the worklist before acquisition must reach the images)"},
      {"mpps-performed-protocol-as-scheduled",
       "a step performed with another protocol than scheduled reports the scheduled protocol in its "
       "Performed "
       "Protocol Code Sequence (0040,0260) (MESA 215: the MPPS says what was performed)"},
      {"mpps-drops-protocol-items",
       "an MPPS's SSAS item carries only the first item of its step's Scheduled Protocol Code Sequence "
       "(0040,0008) (PS3.4 F.7.2-1, RAD TF-2 Appendix A: copied from the worklist item; MESA 214)"},
      {"stgcmt-refuse-report",
       "a storage commitment report on a new association is answered 0x0110 (PS3.4 J.3.3.1.3: the SCU "
       "accepts "
       "the association and the report; MESA 251)"},
      {"images-drop-photometric-interpretation",
       "images carry no Photometric Interpretation (0028,0004) (PS3.3 C.7.6.3 Image Pixel module, type 1: "
       "an invalid IOD only a full IOD check such as dciodvfy sees; MESA 284)"},
  }};
  return kFaults;
}

}  // namespace ihe::actors
