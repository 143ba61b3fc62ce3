#include <array>

#include "actors/common/transport_faults/fault_front.h"

namespace ihe::actors {

std::span<const TransportFaultInfo> transport_faults() {
  static constexpr std::array<TransportFaultInfo, 6> kFaults{{
      {TransportFault::refuse, "transport-refuse",
       "nothing listens on the target's port (connection refused)"},
      {TransportFault::silent, "transport-silent",
       "the connection is accepted and then nothing is ever answered (every wait needs a deadline)"},
      {TransportFault::abort, "transport-abort",
       "the first exchange is relayed, then the connection is closed mid-association (PS3.8 9.1.5)"},
      {TransportFault::associate_reject, "transport-associate-rj",
       "the association request is answered A-ASSOCIATE-RJ permanent, no reason (PS3.8 9.3.4)"},
      {TransportFault::garbage, "transport-garbage",
       "the first request is answered with bytes that are no PDU (PS3.8 9.3.1: unrecognized PDU type)"},
      {TransportFault::slow_drip, "transport-slow-drip",
       "answers trickle back a few bytes per interval, far slower than any deadline allows"},
  }};
  return kFaults;
}

std::optional<TransportFault> transport_fault_named(std::string_view name) {
  for (const auto& f : transport_faults())
    if (f.name == name) return f.fault;
  return std::nullopt;
}

}  // namespace ihe::actors
