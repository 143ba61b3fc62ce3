#include <algorithm>

#include "actors/dicom/dictionary/dictionary_table.h"

namespace ihe::dicom {
namespace {

bool in_range(std::uint16_t value, std::uint16_t first, std::uint16_t last, detail::RangeParity parity) {
  if (value < first || value > last) return false;
  switch (parity) {
    case detail::RangeParity::Even:
      return value % 2 == 0;
    case detail::RangeParity::Odd:
      return value % 2 == 1;
    case detail::RangeParity::Any:
      return true;
  }
  return false;
}

}  // namespace

const DictionaryEntry* lookup(Tag tag) {
  auto entries = detail::dictionary_entries();
  auto it = std::lower_bound(entries.begin(), entries.end(), tag,
                             [](const DictionaryEntry& entry, Tag key) { return entry.tag < key; });
  if (it != entries.end() && it->tag == tag) return &*it;
  for (const auto& range : detail::repeating_ranges()) {
    if (in_range(tag.group, range.group_first, range.group_last, range.group_parity) &&
        in_range(tag.element, range.element_first, range.element_last, range.element_parity))
      return &entries[range.entry];
  }
  return nullptr;
}

const DictionaryEntry* lookup(std::string_view keyword) {
  auto entries = detail::dictionary_entries();
  auto index = detail::keyword_index();
  auto it = std::lower_bound(index.begin(), index.end(), keyword,
                             [&](std::uint16_t i, std::string_view key) { return entries[i].keyword < key; });
  if (it != index.end() && entries[*it].keyword == keyword) return &entries[*it];
  return nullptr;
}

}  // namespace ihe::dicom
