// HL7 tables 0008 and 0357 and the version rule deciding which acknowledgement layout applies.
#include <array>
#include <charconv>
#include <utility>

#include "actors/hl7/ack.h"

namespace ihe::hl7 {
namespace {

constexpr std::array<std::pair<AckCode, std::string_view>, 6> kAckCodes{{
    {AckCode::AA, "AA"},
    {AckCode::AE, "AE"},
    {AckCode::AR, "AR"},
    {AckCode::CA, "CA"},
    {AckCode::CE, "CE"},
    {AckCode::CR, "CR"},
}};

// HL7 v2.5.1 table 0357 Message error condition codes.
constexpr std::array<std::pair<ErrorCode, std::string_view>, 13> kErrorCodes{{
    {ErrorCode::MessageAccepted, "Message accepted"},
    {ErrorCode::SegmentSequenceError, "Segment sequence error"},
    {ErrorCode::RequiredFieldMissing, "Required field missing"},
    {ErrorCode::DataTypeError, "Data type error"},
    {ErrorCode::TableValueNotFound, "Table value not found"},
    {ErrorCode::UnsupportedMessageType, "Unsupported message type"},
    {ErrorCode::UnsupportedEventCode, "Unsupported event code"},
    {ErrorCode::UnsupportedProcessingId, "Unsupported processing id"},
    {ErrorCode::UnsupportedVersionId, "Unsupported version id"},
    {ErrorCode::UnknownKeyIdentifier, "Unknown key identifier"},
    {ErrorCode::DuplicateKeyIdentifier, "Duplicate key identifier"},
    {ErrorCode::ApplicationRecordLocked, "Application record locked"},
    {ErrorCode::ApplicationInternalError, "Application internal error"},
}};

}  // namespace

std::string_view to_string(AckCode code) {
  for (const auto& [value, text] : kAckCodes) {
    if (value == code) return text;
  }
  return {};
}

std::optional<AckCode> parse_ack_code(std::string_view text) {
  for (const auto& [value, name] : kAckCodes) {
    if (name == text) return value;
  }
  return std::nullopt;
}

std::string code_value(ErrorCode code) {
  return std::to_string(static_cast<int>(code));
}

std::string_view description(ErrorCode code) {
  for (const auto& [value, text] : kErrorCodes) {
    if (value == code) return text;
  }
  return {};
}

ErrorLocation ErrorLocation::at(const Path& path) {
  return ErrorLocation{path.segment,
                       path.segment_occurrence,
                       path.field,
                       path.repetition.value_or(0),
                       path.component.value_or(0),
                       path.subcomponent.value_or(0)};
}

AckError AckError::make(ErrorCode code, ErrorLocation location, std::string user_message,
                        std::string severity) {
  return AckError{std::move(location), code_value(code), std::string(description(code)), std::move(severity),
                  std::move(user_message)};
}

bool Acknowledgement::accepted() const {
  const auto value = ack_code();
  return value == AckCode::AA || value == AckCode::CA;
}

// ERR-2..ERR-12 and the message structure as MSH-9.3 of an ACK came with v2.5; a missing or unreadable
// version is answered in the current layout.
bool has_v25_acknowledgements(std::string_view version) {
  int major = 0;
  int minor = 0;
  const char* end = version.data() + version.size();
  const auto [after_major, ec] = std::from_chars(version.data(), end, major);
  if (ec != std::errc{} || after_major == end || *after_major != '.') return true;
  if (std::from_chars(after_major + 1, end, minor).ec != std::errc{}) return true;
  return major > 2 || (major == 2 && minor >= 5);
}

}  // namespace ihe::hl7
