#include "actors/net/dicom/dicom_error.h"

#include <string>

namespace ihe::net {
namespace {

class DicomCategory : public std::error_category {
 public:
  const char* name() const noexcept override { return "dicom"; }
  std::string message(int value) const override {
    switch (static_cast<DicomError>(value)) {
      case DicomError::connection_failed: return "TCP connection to the peer failed";
      case DicomError::association_rejected: return "association rejected by the peer (A-ASSOCIATE-RJ)";
      case DicomError::association_aborted: return "association aborted (A-ABORT or connection lost)";
      case DicomError::peer_released: return "peer released the association before answering";
      case DicomError::timeout: return "no answer from the peer within the deadline";
      case DicomError::no_presentation_context: return "no acceptable presentation context";
      case DicomError::protocol_error: return "malformed or unexpected PDU or DIMSE message";
      case DicomError::unreadable_file: return "file missing or not a DICOM file";
      case DicomError::dimse_failure: return "DIMSE exchange failed";
    }
    return "unknown DICOM error " + std::to_string(value);
  }
};

}  // namespace

const std::error_category& dicom_category() {
  static const DicomCategory category;
  return category;
}

std::error_code make_error_code(DicomError e) { return {static_cast<int>(e), dicom_category()}; }

}  // namespace ihe::net
