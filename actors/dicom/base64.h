#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace ihe::dicom {

// RFC 4648 section 4 base64 with padding, as PS3.18 F.2.7 requires for InlineBinary.
std::string base64_encode(const std::vector<std::uint8_t>& bytes);

}  // namespace ihe::dicom
