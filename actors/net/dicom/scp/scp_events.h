#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "actors/net/dicom/scp/dimse_types.h"

namespace ihe::net {

// What happened on the wire, published to observers (the evidence recorder and the logger are both
// subscribers; protocol code does not log). Names follow PS3.8 (A-ASSOCIATE, A-RELEASE, A-ABORT).
enum class ScpEventKind {
  AssociationRequested,  // A-ASSOCIATE-RQ received
  AssociationAccepted,   // A-ASSOCIATE-AC sent
  AssociationRejected,   // A-ASSOCIATE-RJ sent; detail carries the reason
  AssociationReleased,   // A-RELEASE-RQ received and answered
  AssociationAborted,    // A-ABORT received, connection lost, idle timeout, malformed PDU or server stop
  CommandReceived,       // DIMSE request received (dataset set when it carried one)
  ResponseSent,          // DIMSE response sent with `status` (dataset set when it carried one)
  RequestSent,           // DIMSE request we sent (N-EVENT-REPORT after an N-ACTION, C-STORE sub-operation)
  ResponseReceived,      // the peer's response to a request we sent, with its status (or detail on failure)
  HandlerFailed,         // a handler threw; detail carries what(); the peer got 0x0110
};
std::string_view to_string(ScpEventKind kind);

struct ScpEvent {
  ScpEventKind kind = ScpEventKind::AssociationRequested;
  AssociationInfo association;
  std::optional<DimseCommand> command;
  std::string sop_class_uid;
  std::uint16_t status = 0;
  std::optional<dicom::DicomDataset> dataset;
  std::string detail;
};

// Called synchronously on the association's thread: several associations publish concurrently, so an
// observer must be thread-safe and quick. Exceptions it throws are swallowed (an observer cannot break
// the protocol).
using ScpObserver = std::function<void(const ScpEvent&)>;

}  // namespace ihe::net
