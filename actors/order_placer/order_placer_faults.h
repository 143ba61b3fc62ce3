#pragma once

#include <span>
#include <string_view>

#include "actors/common/fault_switches.h"
#include "actors/common/hl7_link/hl7_answer.h"

namespace ihe::actors {

// The Order Placer's deliberate defects, each breaking one requirement a check must catch.
namespace order_placer_fault {
inline constexpr std::string_view kAnswerAe = "answer-ae";
inline constexpr std::string_view kNeverAnswer = "never-answer";
inline constexpr std::string_view kWrongMsa2 = "wrong-msa2";
inline constexpr std::string_view kCloseWithoutAnswer = "close-without-answer";
inline constexpr std::string_view kSnAnswerOk = "sn-answer-ok";
inline constexpr std::string_view kSnNoPlacerNumber = "sn-no-placer-number";
inline constexpr std::string_view kNwWithoutPlacerNumber = "nw-without-placer-number";
}  // namespace order_placer_fault

std::span<const FaultInfo> order_placer_faults();

// The receiver-side switches as the Hl7Receiver's hooks.
Hl7ReceiverFaults receiver_faults(const FaultSwitches& faults);

}  // namespace ihe::actors
