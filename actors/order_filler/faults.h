#pragma once

#include <span>
#include <string_view>

#include "actors/common/fault_switches.h"

namespace ihe::actors {

// The Order Filler's deliberate defects, each breaking one requirement a check must catch.
namespace order_filler_fault {
inline constexpr std::string_view kMwlDropReturnKey = "mwl-drop-return-key";
inline constexpr std::string_view kMwlIgnoreDateRange = "mwl-ignore-date-range";
inline constexpr std::string_view kMwlIgnoreStationAe = "mwl-ignore-station-ae";
inline constexpr std::string_view kMwlWrongStudyUid = "mwl-wrong-study-uid";
inline constexpr std::string_view kMppsAcceptNsetAfterCompleted = "mpps-accept-nset-after-completed";
inline constexpr std::string_view kMppsIgnore = "mpps-ignore";
inline constexpr std::string_view kIgnoreA08 = "ignore-a08";
inline constexpr std::string_view kIgnoreA40 = "ignore-a40";
inline constexpr std::string_view kAnswerAe = "answer-ae";
inline constexpr std::string_view kNeverAnswer = "never-answer";
inline constexpr std::string_view kNoRad4 = "no-rad-4";
inline constexpr std::string_view kDropIpc3 = "drop-ipc-3";
inline constexpr std::string_view kWrongOrcPair = "wrong-orc-pair";
inline constexpr std::string_view kAcceptUnreadableOrder = "accept-unreadable-order";
inline constexpr std::string_view kMwlIgnorePatientId = "mwl-ignore-patient-id";
inline constexpr std::string_view kRad3LegacyOrm = "rad-3-legacy-orm";
}  // namespace order_filler_fault

std::span<const FaultInfo> order_filler_faults();

}  // namespace ihe::actors
