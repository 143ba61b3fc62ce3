#pragma once

#include <span>
#include <string_view>

#include "actors/common/fault_switches.h"
#include "actors/hl7/message.h"

namespace ihe::actors {

// The ADT's deliberate defects, each breaking one requirement a check on the receiving side must catch.
namespace adt_fault {
inline constexpr std::string_view kOmitAssigningAuthority = "omit-assigning-authority";
inline constexpr std::string_view kOmitMessageStructure = "omit-message-structure";
inline constexpr std::string_view kOmitPv1 = "omit-pv1";
inline constexpr std::string_view kBadPatientClass = "bad-patient-class";
inline constexpr std::string_view kA40WithoutMrg = "a40-without-mrg";
}  // namespace adt_fault

std::span<const FaultInfo> adt_faults();

// Commits the switched-on defects on a built message.
void apply_adt_faults(hl7::Message& message, const FaultSwitches& faults);

}  // namespace ihe::actors
