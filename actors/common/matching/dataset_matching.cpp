#include <array>
#include <utility>

#include "actors/common/matching/matching.h"
#include "actors/common/matching/range_matching.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;
using dicom::Element;
using dicom::Tag;

constexpr Tag kSpecificCharacterSet{0x0008, 0x0005};
constexpr Tag kQueryRetrieveLevel{0x0008, 0x0052};

// The date/time attribute pairs C.2.2.2.5.1 combines: Study, Series, Acquisition, Content, SPS Start and
// PPS Start.
constexpr std::array<std::pair<Tag, Tag>, 6> kDateTimePairs{{
    {{0x0008, 0x0020}, {0x0008, 0x0030}},
    {{0x0008, 0x0021}, {0x0008, 0x0031}},
    {{0x0008, 0x0022}, {0x0008, 0x0032}},
    {{0x0008, 0x0023}, {0x0008, 0x0033}},
    {{0x0040, 0x0002}, {0x0040, 0x0003}},
    {{0x0040, 0x0244}, {0x0040, 0x0245}},
}};

bool is_control_key(Tag tag) { return tag == kSpecificCharacterSet || tag == kQueryRetrieveLevel || tag.group == 0; }

// The date key of a pair that is matched as one period, or nullptr; `tag` is either half of the pair.
const std::pair<Tag, Tag>* combined_pair(const DicomDataset& keys, Tag tag) {
  for (const auto& pair : kDateTimePairs) {
    if (tag != pair.first && tag != pair.second) continue;
    auto date = keys.string(pair.first);
    auto time = keys.string(pair.second);
    if (!date || !time || date->empty() || time->empty()) return nullptr;
    bool range = date->find('-') != std::string::npos || time->find('-') != std::string::npos;
    return range ? &pair : nullptr;
  }
  return nullptr;
}

}  // namespace

bool matches(const DicomDataset& keys, const DicomDataset& candidate, const MatchOptions& options) {
  for (const auto& [tag, key] : keys.elements()) {
    if (is_control_key(tag)) continue;
    if (options.combine_date_time) {
      if (const auto* pair = combined_pair(keys, tag)) {
        if (tag == pair->second) continue;  // judged with its date
        if (!detail::combined_range_matches(*keys.string(pair->first), *keys.string(pair->second),
                                            candidate.string(pair->first).value_or(""),
                                            candidate.string(pair->second).value_or("")))
          return false;
        continue;
      }
    }
    if (!element_matches(key, candidate.find(tag), options)) return false;
  }
  return true;
}

DicomDataset response_for(const DicomDataset& keys, const DicomDataset& candidate, const MatchOptions& options) {
  DicomDataset response;
  if (const Element* charset = candidate.find(kSpecificCharacterSet); charset && !charset->is_empty())
    response.insert(*charset);
  for (const auto& [tag, key] : keys.elements()) {
    if (tag == kSpecificCharacterSet || tag.group == 0) continue;
    if (tag == kQueryRetrieveLevel) {
      response.insert(key);
      continue;
    }
    const Element* stored = candidate.find(tag);
    if (stored == nullptr) {
      response.insert(Element{tag, key.vr, {}, {}, {}});
      continue;
    }
    if (key.vr != dicom::Vr::SQ || key.items.empty() || key.items.front().empty()) {
      response.insert(*stored);
      continue;
    }
    std::vector<DicomDataset> items;
    for (const DicomDataset& item : stored->items)
      if (matches(key.items.front(), item, options)) items.push_back(response_for(key.items.front(), item, options));
    response.set_sequence(tag, std::move(items));
  }
  return response;
}

}  // namespace ihe::actors
