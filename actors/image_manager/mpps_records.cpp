#include "actors/image_manager/mpps_records.h"

namespace ihe::actors::image_manager {
namespace {

using dicom::DicomDataset;
using dicom::Tag;

constexpr Tag kPpsStatus{0x0040, 0x0252};
constexpr Tag kEndDate{0x0040, 0x0250};
constexpr Tag kEndTime{0x0040, 0x0251};
constexpr Tag kPerformedSeries{0x0040, 0x0340};

constexpr std::uint16_t kInvalidValue = 0x0106;
constexpr std::uint16_t kMayNoLongerBeUpdated = 0x0110;  // PS3.4 F.7.2.2.3, Error ID A710
constexpr std::uint16_t kDuplicateInstance = 0x0111;
constexpr std::uint16_t kNoSuchInstance = 0x0112;
constexpr std::uint16_t kMissingAttribute = 0x0120;
constexpr std::uint16_t kMissingValue = 0x0121;

bool is_final(const std::string& status) {
  return status == "COMPLETED" || status == "DISCONTINUED";
}

// PS3.4 F.7.2-1 notes 1-2: what a step needs before it may be COMPLETED or DISCONTINUED.
MppsRecords::Outcome final_state_problem(const DicomDataset& mpps) {
  for (Tag tag : {kEndDate, kEndTime}) {
    const auto value = mpps.string(tag);
    if (!value) return {kMissingAttribute, "no " + tag.to_string() + " for a final PPS Status", false};
    if (value->empty()) return {kMissingValue, tag.to_string() + " is empty for a final PPS Status", false};
  }
  if (!mpps.contains(kPerformedSeries)) return {kMissingAttribute, "no Performed Series Sequence", false};
  if (mpps.items(kPerformedSeries).empty())
    return {kMissingValue, "Performed Series Sequence has no item", false};
  return {};
}

}  // namespace

std::string pps_status(const DicomDataset& mpps) {
  auto value = mpps.string(kPpsStatus).value_or("");
  while (!value.empty() && value.back() == ' ') value.pop_back();
  return value;
}

MppsRecords::Outcome MppsRecords::create(const std::string& uid, const DicomDataset& attributes) {
  if (!attributes.contains(kPpsStatus)) return {kMissingAttribute, "no PPS Status (0040,0252)", false};
  if (pps_status(attributes) != "IN PROGRESS")
    return {kInvalidValue, "N-CREATE with PPS Status '" + pps_status(attributes) + "', not IN PROGRESS",
            false};
  std::lock_guard lock(mutex_);
  if (!records_.emplace(uid, attributes).second)
    return {kDuplicateInstance, "MPPS " + uid + " exists", false};
  return {};
}

MppsRecords::Outcome MppsRecords::set(const std::string& uid, const DicomDataset& modifications,
                                      bool accept_after_final) {
  std::lock_guard lock(mutex_);
  auto record = records_.find(uid);
  if (record == records_.end()) return {kNoSuchInstance, "no MPPS " + uid, false};
  const std::string before = pps_status(record->second);
  if (is_final(before) && !accept_after_final)
    return {kMayNoLongerBeUpdated, "MPPS is " + before + " and may no longer be updated", false};
  DicomDataset updated = record->second;
  for (const auto& [tag, element] : modifications.elements()) updated.insert(element);
  const std::string after = pps_status(updated);
  if (after != "IN PROGRESS" && !is_final(after)) return {kInvalidValue, "PPS Status '" + after + "'", false};
  if (is_final(after)) {
    if (auto problem = final_state_problem(updated); problem.status != 0) return problem;
  }
  record->second = std::move(updated);
  return {0, {}, is_final(after) && !is_final(before)};
}

std::optional<DicomDataset> MppsRecords::find(const std::string& uid) const {
  std::lock_guard lock(mutex_);
  auto record = records_.find(uid);
  if (record == records_.end()) return std::nullopt;
  return record->second;
}

std::size_t MppsRecords::size() const {
  std::lock_guard lock(mutex_);
  return records_.size();
}

}  // namespace ihe::actors::image_manager
