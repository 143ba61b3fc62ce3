#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors::image_manager {

// The MPPS state machine of PS3.4 F.7.2 without the network: instances keyed by SOP Instance UID, created
// IN PROGRESS, updated while IN PROGRESS, frozen once COMPLETED or DISCONTINUED. Thread-safe: N-CREATE
// and N-SET of one step may come on different associations (spec digest 3.2).
class MppsRecords {
 public:
  struct Outcome {
    std::uint16_t status = 0;   // the DIMSE status to answer (PS3.4 F.7.2.1.2, F.7.2.2.2 and Table F.7.2-2)
    std::string reason;         // why, when not 0x0000
    bool became_final = false;  // this N-SET moved the step to COMPLETED or DISCONTINUED
  };

  // N-CREATE: PPS Status must be IN PROGRESS (0x0120 absent, 0x0106 another value); 0x0111 for a UID
  // already known.
  Outcome create(const std::string& sop_instance_uid, const dicom::DicomDataset& attributes);
  // N-SET: 0x0112 unknown instance; 0x0110 when the step is no longer IN PROGRESS (F.7.2.2.3), unless
  // `accept_after_final` (a fault switch); 0x0106 for an unknown PPS Status; to COMPLETED or DISCONTINUED the
  // result needs End Date, End Time and a Performed Series Sequence item (0x0120 absent, 0x0121 empty,
  // F.7.2-1 notes). A refused N-SET changes nothing.
  Outcome set(const std::string& sop_instance_uid, const dicom::DicomDataset& modifications,
              bool accept_after_final = false);

  std::optional<dicom::DicomDataset> find(const std::string& sop_instance_uid) const;
  std::size_t size() const;

 private:
  mutable std::mutex mutex_;
  std::map<std::string, dicom::DicomDataset> records_;
};

// "IN PROGRESS", "COMPLETED", "DISCONTINUED" or empty (PS3.3 C.4.14, (0040,0252)).
std::string pps_status(const dicom::DicomDataset& mpps);

}  // namespace ihe::actors::image_manager
