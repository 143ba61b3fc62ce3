#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ihe::net {

// The status classes of PS3.7 Annex C: every DIMSE response status belongs to exactly one.
enum class StatusKind { Success, Pending, Warning, Failure, Cancel };

// PS3.7 C.1-C.5: 0x0000 success; 0xFF00 and 0xFF01 pending (wlmscpfs answers 0xFF01, "optional keys not
// supported"); 0xFE00 cancel; 0x0001, 0x0107, 0x0116 and 0xBxxx warning; everything else failure.
StatusKind classify_status(std::uint16_t status);
std::string_view to_string(StatusKind kind);

// "0xA700 Failure (Refused: Out of Resources)": the number, its class and, for the statuses PS3.7 names
// in Annex C and the service annexes, their meaning.
std::string describe_status(std::uint16_t status);

}  // namespace ihe::net
