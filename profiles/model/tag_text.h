#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace ihe::profiles {

// A DICOM tag as the rule data writes it, "(0040,0100)", packed group << 16 | element. Profiles sit below
// actors/dicom (layer 2), so they keep tags as numbers; the validators convert.
using TagNumber = std::uint32_t;
std::optional<TagNumber> parse_tag_text(std::string_view text);
std::string tag_text(TagNumber tag);

}  // namespace ihe::profiles
