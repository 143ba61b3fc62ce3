#pragma once

#include <cstdint>
#include <span>

#include "actors/dicom/dicom_dataset.h"

// The tables behind lookup(), defined in the build tree by dictgen.cpp from DCMTK's dicom.dic.
namespace ihe::dicom::detail {

// PS3.6 6 lists repeating groups such as Overlay Data (60xx,3000): one entry stands for the whole range.
// dicom.dic writes them "(6000-60FF,3000)"; a plain range means even values only ("-o-" odd, "-u-" all).
enum class RangeParity : std::uint8_t { Even, Odd, Any };

struct RepeatingRange {
  std::uint16_t group_first, group_last;
  std::uint16_t element_first, element_last;
  RangeParity group_parity, element_parity;
  std::uint16_t entry;  // index into dictionary_entries(); its tag is the first of the range
};

std::span<const DictionaryEntry> dictionary_entries();  // sorted by tag
std::span<const std::uint16_t> keyword_index();         // indices into dictionary_entries(), by keyword
std::span<const RepeatingRange> repeating_ranges();

}  // namespace ihe::dicom::detail
