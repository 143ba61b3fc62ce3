#pragma once

#include <span>

#include "actors/common/fault_switches.h"

namespace ihe::actors {

// The deliberate defects the simulated Image Manager can commit (`--fault NAME`).
std::span<const FaultInfo> image_manager_faults();

namespace image_manager::fault {
inline constexpr const char* kMppsAcceptNsetAfterCompleted = "mpps-accept-nset-after-completed";
inline constexpr const char* kStgcmtSuccessForMissing = "stgcmt-report-success-for-missing";
inline constexpr const char* kStgcmtNeverReport = "stgcmt-never-report";
inline constexpr const char* kStgcmtWrongTransactionUid = "stgcmt-report-wrong-transaction-uid";
inline constexpr const char* kStgcmtReportFromWrongAe = "stgcmt-report-from-wrong-ae";
inline constexpr const char* kQueryDropReturnKey = "query-drop-return-key";
inline constexpr const char* kQueryIgnorePatientId = "query-ignore-patient-id-match";
inline constexpr const char* kQueryWildcardLiteral = "query-wildcard-literal";
inline constexpr const char* kQueryIgnoreDateRange = "query-ignore-date-range";
inline constexpr const char* kQueryNoMatchError = "query-no-match-error";
inline constexpr const char* kQueryCountSeriesAsInstances = "query-count-series-as-instances";
inline constexpr const char* kMoveDropInstance = "move-drop-instance";
inline constexpr const char* kStoreRefuse = "store-refuse";
inline constexpr const char* kIgnoreA08 = "ignore-a08";
inline constexpr const char* kA40KeepsOldId = "a40-keeps-old-id";
inline constexpr const char* kIgnoreRad13 = "ignore-rad-13";
inline constexpr const char* kAnswerAe = "answer-ae";
inline constexpr const char* kNeverAnswer = "never-answer";
inline constexpr const char* kIanNeverSent = "ian-never-sent";
inline constexpr const char* kIanMissingInstance = "ian-missing-instance";
inline constexpr const char* kArchiveDropsRequestAttributes = "archive-drops-request-attributes";
inline constexpr const char* kMppsRefusesGroup = "mpps-refuses-group";
}  // namespace image_manager::fault

}  // namespace ihe::actors
