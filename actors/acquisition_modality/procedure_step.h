#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/common/id_factory.h"
#include "actors/common/local_date_time.h"
#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors {

// Who performs the step: our station (RAD TF-2 Appendix A: Scheduled Station AE -> Performed Station AE).
struct Station {
  std::string ae_title = "MODALITY1";
  std::string name = "CT1";     // Performed Station Name (0040,0242), Station Name (0008,1010)
  std::string location;         // Performed Location (0040,0243)
  std::string modality = "CT";  // CT or MR: what we generate
};

// "YYYYMMDD" and "HHMMSS" of the local time now (DA and TM, PS3.5 6.2), shared with the Order Filler.
using DateTime = LocalDateTime;

// One Modality Performed Procedure Step as the modality keeps it: the MWL items it performs (one per
// Scheduled Procedure Step; several = group case, none = unscheduled) and what it generated for it. The
// MPPS messages (RAD-6/7) and the image headers (RAD-8) are built from this (RAD TF-2 Appendix A).
struct PerformedProcedureStep {
  std::string sop_instance_uid;  // the MPPS instance, chosen by us (PS3.4 F.7.2.1.1)
  std::string pps_id;            // (0040,0253), SH
  DateTime start;
  std::string description;  // (0040,0254): the RP Description of the first item
  Station station;
  std::string study_uid;                       // where the images go
  std::string study_id;                        // (0020,0010)
  std::vector<dicom::DicomDataset> scheduled;  // MWL items as returned by RAD-5
  dicom::DicomDataset patient;  // Patient Name, ID, Issuer, Birth Date, Sex (top level of the item)
  // Set when the operator performed another protocol than the one scheduled (MESA 215): the MPPS's
  // Performed Protocol Code Sequence (0040,0260) names it instead of the scheduled protocol codes.
  std::vector<dicom::DicomDataset> performed_protocols;

  bool is_scheduled() const { return !scheduled.empty(); }
};

// Scheduled case: one item; group case (Modality Group Case option): several items, one PPS. With items
// of different Requested Procedures (different Study UIDs) the modality uses a Study UID of its own (MESA
// 221/222; (unverified) as a TF rule, spec digest 3.2). Study ID = RP ID is a convention (dcm4chee #1844,
// MESA), (unverified) as a TF rule (spec digest 3.3).
PerformedProcedureStep scheduled_step(std::vector<dicom::DicomDataset> mwl_items, const Station& station,
                                      IdFactory& uids);
// Unscheduled case: demographics from the operator (`patient`), Study UID generated (spec digest 3.2).
PerformedProcedureStep unscheduled_step(dicom::DicomDataset patient, const Station& station, IdFactory& uids);
// Append case (MESA 231): a new MPPS for the same scheduled steps with a different PPS ID and instance UID,
// after the first one was completed.
PerformedProcedureStep append_step(const PerformedProcedureStep& completed, IdFactory& uids);

// A SOP instance we created, as MPPS and storage commitment reference it.
struct InstanceRef {
  std::string sop_class_uid;
  std::string sop_instance_uid;
  bool operator==(const InstanceRef&) const = default;
};

// One series of the step: what the images share and what the final N-SET lists (PS3.4 F.7.2-1).
struct PerformedSeries {
  std::string series_uid;
  int number = 1;
  std::string protocol_name;
  std::string description;
  std::string frame_of_reference_uid;
  std::string study_uid;  // normally the step's; a fault may make the images ignore it
  std::vector<InstanceRef> images;
};

// A coded entry (PS3.3 8.8): Code Value, Coding Scheme Designator, Code Meaning.
struct Code {
  std::string value;
  std::string scheme;
  std::string meaning;
  dicom::DicomDataset item() const;
};
// PS3.16 CID 9300 (spec digest 3.2): the operator picked the wrong worklist entry.
Code incorrect_worklist_entry();
// The CID 9300 entry with that code value (spec digest 3.2: 110500-110514), nullopt for another value.
std::optional<Code> discontinuation_reason(std::string_view value);

}  // namespace ihe::actors
