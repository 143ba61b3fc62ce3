#include "actors/order_filler/rad_005_worklist.h"

#include <set>

#include "actors/common/matching/matching.h"
#include "actors/order_filler/faults.h"
#include "actors/order_filler/worklist_item.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;
using dicom::Tag;

constexpr Tag kSpsSequence{0x0040, 0x0100};
constexpr Tag kStationAe{0x0040, 0x0001};
constexpr Tag kStartDate{0x0040, 0x0002};
constexpr Tag kStartTime{0x0040, 0x0003};
constexpr Tag kAccessionNumber{0x0008, 0x0050};
constexpr Tag kStudyInstanceUid{0x0020, 0x000D};
constexpr Tag kPatientId{0x0010, 0x0020};

// PS3.4 C.4.1.1.4 / K.4.1.1.4: the identifier does not fit the Modality Worklist Information Model.
constexpr std::uint16_t kIdentifierDoesNotMatchSopClass = 0xA900;

// The identifier as the (possibly faulty) Order Filler reads it: a key it is told to ignore becomes
// universal (zero length), so it matches everything and is still returned.
DicomDataset effective_keys(const DicomDataset& identifier, const FaultSwitches& faults) {
  DicomDataset keys = identifier;
  if (faults.on(order_filler_fault::kMwlIgnorePatientId) && keys.contains(kPatientId))
    keys.set(kPatientId, dicom::Vr::LO, "");
  auto* steps = keys.mutable_items(kSpsSequence);
  if (steps == nullptr || steps->empty()) return keys;
  auto& step = steps->front();
  const auto make_universal = [&step](Tag tag, dicom::Vr vr) {
    if (step.contains(tag)) step.set(tag, vr, "");
  };
  if (faults.on(order_filler_fault::kMwlIgnoreDateRange)) {
    make_universal(kStartDate, dicom::Vr::DA);
    make_universal(kStartTime, dicom::Vr::TM);
  }
  if (faults.on(order_filler_fault::kMwlIgnoreStationAe)) make_universal(kStationAe, dicom::Vr::AE);
  return keys;
}

// The keys this Order Filler matches on: the required matching keys of PS3.4 K.6-1 (Scheduled Station AE
// Title, SPS Start Date and Time, Modality, Scheduled Performing Physician's Name, Patient's Name, Patient
// ID), those IHE asks an Order Filler to support as well (spec digest 3.1: Accession Number, Requested
// Procedure ID) and the SPS ID, which names one step. Every other key has matching type O in K.6-1, which an
// SCP need not support: it is a return key only, so a value the SCU put there (e.g. a Referenced Study
// Sequence item asking for its sub-attributes) narrows nothing and is still answered.
DicomDataset matching_keys(const DicomDataset& keys) {
  static const std::set<Tag> kTopLevel{kPatientId, Tag{0x0010, 0x0010}, kAccessionNumber, Tag{0x0040, 0x1001},
                                       kSpsSequence};
  static const std::set<Tag> kInStep{kStationAe,          kStartDate,          kStartTime,
                                     Tag{0x0008, 0x0060}, Tag{0x0040, 0x0006}, Tag{0x0040, 0x0009}};
  DicomDataset matching;
  for (const auto& [tag, element] : keys.elements()) {
    if (!kTopLevel.contains(tag)) continue;
    if (tag != kSpsSequence) {
      matching.insert(element);
      continue;
    }
    std::vector<DicomDataset> items;
    for (const auto& item : element.items) {
      DicomDataset step;
      for (const auto& [step_tag, step_key] : item.elements())
        if (kInStep.contains(step_tag)) step.insert(step_key);
      items.push_back(std::move(step));
    }
    matching.set_sequence(tag, std::move(items));
  }
  return matching;
}

// A UID that is valid but not the scheduled one: the scheduled UID's root with another last component.
std::string other_uid(const std::string& uid) {
  const auto dot = uid.rfind('.');
  const std::string root = dot == std::string::npos ? "2.25" : uid.substr(0, dot);
  return root + (uid.ends_with(".9") ? ".8" : ".9");
}

void apply_return_faults(DicomDataset& response, const FaultSwitches& faults) {
  if (faults.on(order_filler_fault::kMwlDropReturnKey)) {
    response.erase(kAccessionNumber);
    response.erase(kStudyInstanceUid);
  }
  if (faults.on(order_filler_fault::kMwlWrongStudyUid))
    if (const auto uid = response.string(kStudyInstanceUid); uid && !uid->empty())
      response.set(kStudyInstanceUid, dicom::Vr::UI, other_uid(*uid));
}

std::string describe_keys(const DicomDataset& identifier) {
  std::string text;
  const auto add = [&](std::string_view name, const std::optional<std::string>& value) {
    if (value && !value->empty()) text += (text.empty() ? "" : " ") + std::string(name) + "=" + *value;
  };
  add("PatientID", identifier.string(kPatientId));
  add("Accession", identifier.string(kAccessionNumber));
  if (const auto& steps = identifier.items(kSpsSequence); !steps.empty()) {
    add("Modality", steps.front().string(Tag{0x0008, 0x0060}));
    add("StationAE", steps.front().string(kStationAe));
    add("Date", steps.front().string(kStartDate));
  }
  return text.empty() ? "all" : text;
}

}  // namespace

net::FindResponse Rad5ModalityWorklist::answer(const DicomDataset& identifier) const {
  net::FindResponse response;
  // K.6-1: the SPS Sequence key "shall contain only a single Item".
  if (identifier.items(kSpsSequence).size() > 1) {
    response.status = kIdentifierDoesNotMatchSopClass;
    return response;
  }
  const DicomDataset keys = effective_keys(identifier, faults_);
  const DicomDataset match_on = matching_keys(keys);
  // K.6-1: SPS Start Date and Time match as one date-time period (C.2.2.2.5.1).
  const MatchOptions options{.combine_date_time = true};
  for (const auto& entry : store_.worklist()) {
    const DicomDataset item = worklist_item(entry);
    if (!matches(match_on, item, options)) continue;
    DicomDataset answer = response_for(keys, item, options);
    apply_return_faults(answer, faults_);
    response.matches.push_back(std::move(answer));
  }
  return response;
}

net::FindResponse Rad5ModalityWorklist::operator()(const net::FindRequest& request) const {
  auto response = answer(request.identifier);
  const bool refused = response.status != net::dimse_status::success;
  log_.publish({"RAD-5", request.association.calling_ae + "@" + request.association.peer_address,
                "MWL C-FIND " + describe_keys(request.identifier),
                refused ? "refused: identifier has more than one SPS Sequence item (0xA900)"
                        : std::to_string(response.matches.size()) + " match(es), 0x0000 Success"});
  return response;
}

}  // namespace ihe::actors
