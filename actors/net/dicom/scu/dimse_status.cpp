#include "actors/net/dicom/scu/dimse_status.h"

#include <fmt/core.h>

#include <array>
#include <utility>

namespace ihe::net {
namespace {

// Meanings from PS3.7 Annex C (general statuses) and PS3.4 (C-STORE B.2.3, C-FIND C.4.1.1.4, C-MOVE
// C.4.2.1.5, N-services 10.1). Codes whose meaning depends on the service carry the common reading.
constexpr std::array<std::pair<std::uint16_t, std::string_view>, 27> kMeanings{{
    {0x0000, "Success"},
    {0xFF00, "Pending"},
    {0xFF01, "Pending, optional keys not supported"},
    {0xFE00, "Cancel"},
    {0x0001, "Requested optional attributes are not supported"},
    {0x0107, "Attribute list error"},
    {0x0116, "Attribute value out of range"},
    {0xB000, "Coercion of data elements, or sub-operations completed with failures"},
    {0xB006, "Elements discarded"},
    {0xB007, "Data set does not match SOP class"},
    {0xA700, "Refused: Out of Resources"},
    {0xA701, "Refused: Out of Resources, unable to calculate number of matches"},
    {0xA702, "Refused: Out of Resources, unable to perform sub-operations"},
    {0xA801, "Refused: Move Destination unknown"},
    {0xA900, "Error: Data set does not match SOP class, or identifier does not match SOP class"},
    {0xC000, "Error: Cannot understand, or unable to process"},
    {0x0110, "Processing failure"},
    {0x0111, "Duplicate SOP instance"},
    {0x0112, "No such object instance"},
    {0x0105, "No such attribute"},
    {0x0106, "Invalid attribute value"},
    {0x0117, "Invalid object instance"},
    {0x0118, "No such SOP class"},
    {0x0119, "Class-instance conflict"},
    {0x0120, "Missing attribute"},
    {0x0121, "Missing attribute value"},
    {0x0122, "Refused: SOP class not supported"},
}};

}  // namespace

StatusKind classify_status(std::uint16_t status) {
  if (status == 0x0000) return StatusKind::Success;
  if (status == 0xFF00 || status == 0xFF01) return StatusKind::Pending;
  if (status == 0xFE00) return StatusKind::Cancel;
  if (status == 0x0001 || status == 0x0107 || status == 0x0116 || (status & 0xF000) == 0xB000)
    return StatusKind::Warning;
  return StatusKind::Failure;
}

std::string_view to_string(StatusKind kind) {
  switch (kind) {
    case StatusKind::Success: return "Success";
    case StatusKind::Pending: return "Pending";
    case StatusKind::Warning: return "Warning";
    case StatusKind::Failure: return "Failure";
    case StatusKind::Cancel: return "Cancel";
  }
  return "Failure";
}

std::string describe_status(std::uint16_t status) {
  const StatusKind kind = classify_status(status);
  for (const auto& [code, meaning] : kMeanings) {
    if (code == status && meaning != to_string(kind)) return fmt::format("0x{:04X} {} ({})", status, to_string(kind), meaning);
    if (code == status) return fmt::format("0x{:04X} {}", status, meaning);
  }
  return fmt::format("0x{:04X} {}", status, to_string(kind));
}

}  // namespace ihe::net
