#include "actors/image_manager/query_faults.h"

#include <vector>

#include "actors/image_manager/faults.h"

namespace ihe::actors::image_manager {
namespace {

using dicom::Vr;

bool is_range(const dicom::Element& key) {
  return (key.vr == Vr::DA || key.vr == Vr::TM || key.vr == Vr::DT) &&
         key.joined().find('-') != std::string::npos;
}

bool has_wildcard(const dicom::Element& key) {
  return key.joined().find_first_of("*?") != std::string::npos && key.joined() != "*";
}

}  // namespace

dicom::DicomDataset faulty_keys(const FaultSwitches& faults, dicom::DicomDataset keys) {
  if (!faults.on(fault::kQueryIgnoreDateRange)) return keys;
  std::vector<dicom::Tag> ranges;
  for (const auto& [tag, element] : keys.elements())
    if (is_range(element)) ranges.push_back(tag);
  for (const auto& tag : ranges) keys.erase(tag);
  return keys;
}

bool faulty_match(const FaultSwitches& faults, const dicom::DicomDataset& keys,
                  const dicom::DicomDataset& entity) {
  if (!faults.on(fault::kQueryWildcardLiteral)) return true;
  for (const auto& [tag, element] : keys.elements())
    if (has_wildcard(element) && entity.string(tag).value_or("") != element.joined()) return false;
  return true;
}

dicom::DicomDataset faulty_answer(const FaultSwitches& faults, dicom::DicomDataset answer,
                                  const dicom::DicomDataset& entity) {
  constexpr dicom::Tag kStudySeries{0x0020, 0x1206}, kStudyInstances{0x0020, 0x1208};
  if (faults.on(fault::kQueryCountSeriesAsInstances) && answer.contains(kStudyInstances))
    answer.set(kStudyInstances, Vr::IS, entity.string(kStudySeries).value_or(""));
  return answer;
}

}  // namespace ihe::actors::image_manager
