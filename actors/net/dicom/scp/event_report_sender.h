#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <system_error>

#include "actors/net/dicom/scp/dimse_types.h"

namespace ihe::net {

struct EventReportOutcome {
  std::error_code error;     // DicomError when no N-EVENT-REPORT-RSP came back
  std::uint16_t status = 0;  // the peer's N-EVENT-REPORT-RSP status when error is empty
};

// Sends one N-EVENT-REPORT on a new association from calling_ae to `peer`, proposing report.sop_class_uid
// with the SCP role selected (PS3.4 J.3.3.1.2: the storage commitment SCP opens the report association and
// proposes itself as SCP), then releases. Every network step is bounded by `timeout`.
EventReportOutcome send_event_report(const std::string& calling_ae, const RemoteAe& peer, const EventReport& report,
                                     std::chrono::seconds timeout);

}  // namespace ihe::net
