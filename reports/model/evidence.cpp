#include "reports/model/evidence.h"

namespace ihe::reports {

std::string_view to_string(EvidenceKind kind) {
  switch (kind) {
    case EvidenceKind::Hl7Message:
      return "hl7";
    case EvidenceKind::DicomDimse:
      return "dimse";
    case EvidenceKind::Association:
      return "association";
    case EvidenceKind::Timeout:
      return "timeout";
    case EvidenceKind::Note:
      return "note";
  }
  return "?";
}

}  // namespace ihe::reports
