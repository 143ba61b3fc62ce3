#include "actors/net/dicom/transport/condition.h"

#include <dcmtk/dcmnet/cond.h>
#include <dcmtk/dcmnet/diutil.h>
#include <dcmtk/oflog/oflog.h>

#include <mutex>

#include "actors/net/dicom/dicom_error.h"

namespace ihe::net {

std::error_code to_error_code(const OFCondition& condition) {
  if (condition.good()) return {};
  if (condition.module() != OFM_dcmnet) return DicomError::dimse_failure;
  switch (condition.code()) {
    case DULC_ASSOCIATIONREJECTED: return DicomError::association_rejected;
    case DULC_PEERABORTEDASSOCIATION:
    case DULC_NETWORKCLOSED:
    case DULC_TCPIOERROR: return DicomError::association_aborted;
    case DULC_PEERREQUESTEDRELEASE: return DicomError::peer_released;
    case DULC_READTIMEOUT: return DicomError::timeout;
    case DULC_TCPINITERROR:
    case DULC_REQUESTASSOCIATIONFAILED:
    case DULC_UNKNOWNHOST: return DicomError::connection_failed;
    case DULC_ILLEGALPDU:
    case DULC_ILLEGALPDULENGTH:
    case DULC_UNEXPECTEDPDU:
    case DULC_UNRECOGNIZEDPDUTYPE:
    case DULC_UNSUPPORTEDPEERPROTOCOL:
    case DULC_FSMERROR: return DicomError::protocol_error;
    default: break;
  }
  if (condition == DIMSE_NODATAAVAILABLE) return DicomError::timeout;
  if (condition == DIMSE_NOVALIDPRESENTATIONCONTEXTID || condition == NET_EC_NoAcceptablePresentationContexts)
    return DicomError::no_presentation_context;
  if (condition == DIMSE_PARSEFAILED || condition == DIMSE_UNEXPECTEDPDVTYPE || condition == DIMSE_BADCOMMANDTYPE)
    return DicomError::protocol_error;
  return DicomError::dimse_failure;
}

void quiet_dcmtk_logging() {
  static std::once_flag once;
  std::call_once(once, [] { OFLog::configure(OFLogger::ERROR_LOG_LEVEL); });
}

}  // namespace ihe::net
