#include "actors/common/mpps/mpps_lifecycle.h"

#include <variant>

#include "base/harness_error.h"

namespace ihe::actors::mpps {
namespace {

constexpr dicom::Tag kPpsStatus{0x0040, 0x0252};
constexpr dicom::Tag kPpsEndDate{0x0040, 0x0250};
constexpr dicom::Tag kPpsEndTime{0x0040, 0x0251};
constexpr dicom::Tag kPerformedSeriesSequence{0x0040, 0x0340};

MppsOutcome refuse(std::uint16_t code, std::string reason) {
  MppsOutcome outcome;
  outcome.status = code;
  outcome.reason = std::move(reason);
  return outcome;
}

std::string name_of(dicom::Tag tag) {
  const auto* entry = dicom::lookup(tag);
  return (entry != nullptr ? std::string(entry->keyword) + " " : std::string()) + tag.to_string();
}

// PS3.7 C.4.1: an absent required attribute is 0x0120, a present but empty one 0x0121.
std::optional<MppsOutcome> require_value(const dicom::DicomDataset& attributes, dicom::Tag tag) {
  const auto* element = attributes.find(tag);
  if (element == nullptr) return refuse(status::missing_attribute, name_of(tag) + " is missing");
  if (element->is_empty()) return refuse(status::missing_attribute_value, name_of(tag) + " is empty");
  return std::nullopt;
}

// The status a data set asks for; a refusal when it names none of the defined terms.
std::variant<PpsStatus, MppsOutcome> requested_status(const dicom::DicomDataset& attributes) {
  if (auto missing = require_value(attributes, kPpsStatus)) return *missing;
  const auto text = *attributes.string(kPpsStatus);
  if (const auto parsed = parse_pps_status(text)) return *parsed;
  return refuse(status::invalid_attribute_value,
                "PerformedProcedureStepStatus '" + text + "' is not IN PROGRESS, COMPLETED or DISCONTINUED");
}

}  // namespace

std::string_view to_string(PpsStatus pps_status) {
  switch (pps_status) {
    case PpsStatus::InProgress:
      return "IN PROGRESS";
    case PpsStatus::Completed:
      return "COMPLETED";
    case PpsStatus::Discontinued:
      return "DISCONTINUED";
  }
  return "?";
}

std::optional<PpsStatus> parse_pps_status(std::string_view text) {
  while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
  for (const auto candidate : {PpsStatus::InProgress, PpsStatus::Completed, PpsStatus::Discontinued})
    if (text == to_string(candidate)) return candidate;
  return std::nullopt;
}

MppsOutcome MppsLifecycle::n_create(const std::string& sop_instance_uid,
                                    const dicom::DicomDataset& attributes) {
  if (sop_instance_uid.empty()) throw HarnessError("MppsLifecycle::n_create needs the SOP Instance UID");
  if (instances_.contains(sop_instance_uid))
    return refuse(status::duplicate_instance, "MPPS " + sop_instance_uid + " already exists");
  const auto requested = requested_status(attributes);
  if (const auto* refused = std::get_if<MppsOutcome>(&requested)) return *refused;
  // PS3.4 F.7.2.1.1: a PPS is created IN PROGRESS; the final states are reached only through N-SET.
  if (std::get<PpsStatus>(requested) != PpsStatus::InProgress)
    return refuse(status::invalid_attribute_value,
                  "N-CREATE with PerformedProcedureStepStatus '" +
                      std::string(to_string(std::get<PpsStatus>(requested))) +
                      "' (only IN PROGRESS may be created)");
  auto& instance = instances_[sop_instance_uid];
  instance = MppsInstance{sop_instance_uid, PpsStatus::InProgress, attributes};
  MppsOutcome outcome;
  outcome.instance = instance;
  return outcome;
}

MppsOutcome MppsLifecycle::n_set(const std::string& sop_instance_uid,
                                 const dicom::DicomDataset& modifications) {
  const auto found = instances_.find(sop_instance_uid);
  if (found == instances_.end())
    return refuse(status::no_such_instance, "no MPPS " + sop_instance_uid + " was created");
  MppsInstance& current = found->second;
  if (is_final(current.status) && !rules_.accept_set_after_final)
    return refuse(status::may_no_longer_be_updated, "MPPS " + sop_instance_uid + " is " +
                                                        std::string(to_string(current.status)) +
                                                        " and may no longer be updated");

  dicom::DicomDataset merged = current.attributes;
  for (const auto& [tag, element] : modifications.elements()) merged.insert(element);
  const auto requested = requested_status(merged);
  if (const auto* refused = std::get_if<MppsOutcome>(&requested)) return *refused;
  const PpsStatus next = std::get<PpsStatus>(requested);
  if (is_final(next)) {
    for (const auto tag : {kPpsEndDate, kPpsEndTime})
      if (auto missing = require_value(merged, tag)) {
        missing->reason += " (required for " + std::string(to_string(next)) + ", PS3.4 F.7.2-1 note 1)";
        return *missing;
      }
    if (merged.items(kPerformedSeriesSequence).empty())
      return refuse(merged.contains(kPerformedSeriesSequence) ? status::missing_attribute_value
                                                              : status::missing_attribute,
                    "PerformedSeriesSequence (0040,0340) has no item (required for " +
                        std::string(to_string(next)) + ", PS3.4 F.7.2-1 note 2)");
  }

  MppsOutcome outcome;
  outcome.previous_status = current.status;
  current.attributes = std::move(merged);
  current.status = next;
  outcome.instance = current;
  return outcome;
}

const MppsInstance* MppsLifecycle::find(const std::string& sop_instance_uid) const {
  const auto found = instances_.find(sop_instance_uid);
  return found == instances_.end() ? nullptr : &found->second;
}

}  // namespace ihe::actors::mpps
