#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "actors/dicom/dicom_dataset.h"

// How each VR of PS3.5 Table 6.2-1 is held in an Element, shared by the dumps and the DCMTK conversion so
// that both render numbers the same way.
namespace ihe::dicom {

enum class VrKind {
  Text,      // character strings: values as they are
  Number,    // binary numbers (US, SS, UL, SL, FL, FD, SV, UV): values in canonical decimal
  TagValue,  // AT: values as "(gggg,eeee)"
  Bulk,      // OB, OD, OF, OL, OV, OW, UN: raw little-endian bytes
  Sequence,  // SQ: items
};
VrKind kind_of(Vr vr);

// PS3.5 6.4: LT, ST, UT and UR are single-valued and may hold a backslash as an ordinary character.
bool is_multi_valued(Vr vr);
// Bytes per value of a bulk VR (OW 2, OF and OL 4, OD and OV 8, else 1): a value's length is a multiple.
std::size_t bulk_unit_size(Vr vr);

// Canonical decimal of a binary number VR (shortest round-trip form for FL and FD); nullopt when `text`
// is no number of that VR or out of its range.
std::optional<std::string> normalise_number(Vr vr, std::string_view text);
std::string format_number(std::int64_t value);
std::string format_number(std::uint64_t value);
std::string format_number(float value);
std::string format_number(double value);

}  // namespace ihe::dicom
