#pragma once

#include <system_error>

namespace ihe::net {

// How a DICOM exchange with a peer ended, when it did not end with a DIMSE response. A DIMSE response
// with a failure status is not one of these: that is the peer's answer and travels as a status value.
enum class DicomError {
  connection_failed = 1,    // TCP connect refused or unreachable
  association_rejected,     // A-ASSOCIATE-RJ
  association_aborted,      // A-ABORT from the peer, or the connection dropped mid-association
  peer_released,            // A-RELEASE-RQ from the peer while we expected a response
  timeout,                  // no PDU/response within the deadline
  no_presentation_context,  // the peer accepted no presentation context for what we want to send
  protocol_error,           // malformed or unexpected PDU or DIMSE message
  unreadable_file,          // a file to send is missing or not DICOM
  dimse_failure,            // any other DCMTK failure; the log line carries DCMTK's text
};

const std::error_category& dicom_category();
std::error_code make_error_code(DicomError e);

}  // namespace ihe::net

template <>
struct std::is_error_code_enum<ihe::net::DicomError> : std::true_type {};
