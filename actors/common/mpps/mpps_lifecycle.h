#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "actors/dicom/dicom_dataset.h"

// The state rules every MPPS SCP applies (PS3.4 F.7.2, RAD-6/RAD-7), whoever plays it: the Order Filler
// and the Image Manager receive MPPS from a modality, the PPS Manager forwards them. Pure: no network, no
// locking (the owner serialises calls), no clock.
namespace ihe::actors::mpps {

// Performed Procedure Step Status (0040,0252), PS3.3 C.4.14 defined terms.
enum class PpsStatus { InProgress, Completed, Discontinued };
std::string_view to_string(PpsStatus status);
// "IN PROGRESS", "COMPLETED", "DISCONTINUED" (trailing spaces ignored, as CS padding); nullopt otherwise.
std::optional<PpsStatus> parse_pps_status(std::string_view text);
inline bool is_final(PpsStatus status) {
  return status != PpsStatus::InProgress;
}

// The statuses these rules answer with (PS3.4 F.7.2.1.2 and F.7.2.2.2, PS3.7 C.4 and C.5).
namespace status {
inline constexpr std::uint16_t success = 0x0000;
inline constexpr std::uint16_t invalid_attribute_value = 0x0106;
inline constexpr std::uint16_t may_no_longer_be_updated = 0x0110;  // F.7.2-2: Error ID A710
inline constexpr std::uint16_t duplicate_instance = 0x0111;
inline constexpr std::uint16_t no_such_instance = 0x0112;
inline constexpr std::uint16_t missing_attribute = 0x0120;
inline constexpr std::uint16_t missing_attribute_value = 0x0121;
}  // namespace status

struct MppsInstance {
  std::string sop_instance_uid;
  PpsStatus status = PpsStatus::InProgress;
  dicom::DicomDataset attributes;  // as created, with every accepted N-SET applied
};

// What a request did. Accepted: status 0 and `instance` is the state after it. Refused: the DIMSE status
// to answer with, `reason` in words, and nothing changed.
struct MppsOutcome {
  std::uint16_t status = status::success;
  std::string reason;
  std::optional<MppsInstance> instance;
  // The PPS Status before the request (N-SET only): lets the owner act on transitions.
  std::optional<PpsStatus> previous_status;
  bool accepted() const { return status == status::success; }
};

struct MppsRules {
  // A deliberate defect (fault switch): N-SET on a COMPLETED/DISCONTINUED instance is accepted.
  bool accept_set_after_final = false;
};

class MppsLifecycle {
 public:
  explicit MppsLifecycle(MppsRules rules = {}) : rules_(rules) {}

  // N-CREATE (RAD-6): PS3.4 F.7.2.1: the status must be IN PROGRESS; an existing instance UID is 0x0111.
  MppsOutcome n_create(const std::string& sop_instance_uid, const dicom::DicomDataset& attributes);
  // N-SET (RAD-7): PS3.4 F.7.2.2: unknown instance 0x0112; only an IN PROGRESS instance may be updated
  // (else 0x0110); moving to COMPLETED or DISCONTINUED needs End Date/Time and a non-empty Performed
  // Series Sequence in the result (F.7.2-1 notes 1-2). Top-level attributes replace the created ones
  // (F.7.2.2.2: a sequence is sent whole).
  MppsOutcome n_set(const std::string& sop_instance_uid, const dicom::DicomDataset& modifications);

  const MppsInstance* find(const std::string& sop_instance_uid) const;
  std::size_t size() const { return instances_.size(); }

 private:
  MppsRules rules_;
  std::map<std::string, MppsInstance> instances_;
};

}  // namespace ihe::actors::mpps
