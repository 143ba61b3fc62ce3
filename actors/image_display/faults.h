#pragma once

#include <span>
#include <string_view>

#include "actors/common/fault_switches.h"

namespace ihe::actors {

// The Image Display is mostly a client; its faults concern its one server role, the C-MOVE destination
// (Storage SCP) of RAD-16.
namespace image_display_fault {
inline constexpr std::string_view kStoreRefuse = "store-refuse";
inline constexpr std::string_view kStoreSilent = "store-silent";
inline constexpr std::string_view kRejectAssociation = "store-reject-association";
}  // namespace image_display_fault

std::span<const FaultInfo> image_display_faults();

}  // namespace ihe::actors
