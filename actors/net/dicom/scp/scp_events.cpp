#include "actors/net/dicom/scp/scp_events.h"

namespace ihe::net {

std::string_view to_string(ScpEventKind kind) {
  switch (kind) {
    case ScpEventKind::AssociationRequested: return "A-ASSOCIATE-RQ received";
    case ScpEventKind::AssociationAccepted: return "A-ASSOCIATE-AC sent";
    case ScpEventKind::AssociationRejected: return "A-ASSOCIATE-RJ sent";
    case ScpEventKind::AssociationReleased: return "A-RELEASE";
    case ScpEventKind::AssociationAborted: return "A-ABORT";
    case ScpEventKind::CommandReceived: return "request received";
    case ScpEventKind::ResponseSent: return "response sent";
    case ScpEventKind::RequestSent: return "request sent";
    case ScpEventKind::ResponseReceived: return "response received";
    case ScpEventKind::HandlerFailed: return "handler failed";
  }
  return "?";
}

}  // namespace ihe::net
