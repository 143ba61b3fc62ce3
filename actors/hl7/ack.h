#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "actors/hl7/message.h"
#include "actors/hl7/parse.h"

namespace ihe::hl7 {

// HL7 table 0008 Acknowledgment code: original mode AA/AE/AR, enhanced mode accept acknowledgements
// CA/CE/CR (HL7 v2.5.1 2.9.2, 2.9.3).
enum class AckCode { AA, AE, AR, CA, CE, CR };
std::string_view to_string(AckCode code);
std::optional<AckCode> parse_ack_code(std::string_view text);

// HL7 table 0357 Message error condition codes (used in ERR-3, and ERR-1.4 before v2.5).
enum class ErrorCode {
  MessageAccepted = 0,
  SegmentSequenceError = 100,
  RequiredFieldMissing = 101,
  DataTypeError = 102,
  TableValueNotFound = 103,
  UnsupportedMessageType = 200,
  UnsupportedEventCode = 201,
  UnsupportedProcessingId = 202,
  UnsupportedVersionId = 203,
  UnknownKeyIdentifier = 204,
  DuplicateKeyIdentifier = 205,
  ApplicationRecordLocked = 206,
  ApplicationInternalError = 207,
};
// "101"
std::string code_value(ErrorCode code);
// "Required field missing"
std::string_view description(ErrorCode code);

// Where an error is: the ERL data type of ERR-2 (v2.5+; the first three also in ERR-1 before v2.5).
// 0 means "not given"; `sequence` counts segments with that id from 1, as the standard does.
struct ErrorLocation {
  std::string segment;
  std::size_t sequence = 1;
  std::size_t field = 0;
  std::size_t repetition = 0;
  std::size_t component = 0;
  std::size_t subcomponent = 0;

  static ErrorLocation at(const Path& path);
  bool operator==(const ErrorLocation&) const = default;
};

// One ERR entry, as built and as read back.
struct AckError {
  ErrorLocation location;
  std::string code;          // ERR-3.1 (ERR-1.4.1 before v2.5): a table 0357 value, "101"
  std::string code_text;     // ERR-3.2 (ERR-1.4.2): "Required field missing"
  std::string severity;      // ERR-4, HL7 table 0516: E error, W warning, I information (v2.5+)
  std::string user_message;  // ERR-8 (v2.5+)

  static AckError make(ErrorCode code, ErrorLocation location, std::string user_message = {},
                       std::string severity = "E");
  bool operator==(const AckError&) const = default;
};

struct AckOptions {
  AckCode code = AckCode::AA;
  std::string control_id;  // MSH-10 of the ACK itself: a new id, from the caller's id factory (required)
  std::string timestamp;   // MSH-7, HL7 DTM; empty: the current UTC time
  std::string text;        // MSA-3
  // v2.5 and later: one ERR segment each (ERR-2/3/4/8); before v2.5: one ERR with an ERR-1 repetition each.
  std::vector<AckError> errors;
};

// The general acknowledgement answering `original` (HL7 v2.5.1 2.9.2, RAD TF-2 2.4): MSH-3/4 and MSH-5/6
// swapped, MSH-9 `ACK^<trigger>^ACK` for v2.5 and later and `ACK` before (RAD TF-2 2.4 for v2.3.1),
// MSH-11/12 copied, MSA-2 = the original's MSH-10. Written with the original's delimiters.
// Throws ihe::HarnessError when options.control_id is empty.
Message build_ack(const Message& original, const AckOptions& options);

// Who answers when the original's MSH could not be read.
struct AckSender {
  std::string application;  // MSH-3
  std::string facility;     // MSH-4
  std::string version = "2.5.1";
  std::string processing_id = "P";
};
// The acknowledgement of text that did not parse (options.code is normally AR or AE). When `error.header`
// holds the MSH it answers like build_ack(); otherwise MSH-3/4 come from `sender`, MSH-5/6 and MSA-2 stay
// empty and MSH-9 is `ACK^^ACK` (v2.5+) or `ACK`.
Message build_ack(const ParseError& error, const AckOptions& options, const AckSender& sender);

// A received acknowledgement or application response (ACK, ORG^O20, ORI^O24, ...): its MSA and ERRs.
struct Acknowledgement {
  std::string code;              // MSA-1 as received
  std::string control_id;        // MSA-2: the MSH-10 it answers
  std::string text;              // MSA-3
  std::vector<AckError> errors;  // every ERR, v2.5 style (ERR-2/3) or ERR-1 repetitions

  std::optional<AckCode> ack_code() const { return parse_ack_code(code); }
  // AA or CA.
  bool accepted() const;
};
// nullopt when the message has no MSA segment.
std::optional<Acknowledgement> read_ack(const Message& response);

// Whether `version` (MSH-12.1) has the v2.5 ERR segment (ERR-2..ERR-12) and three-part MSH-9.
bool has_v25_acknowledgements(std::string_view version);

}  // namespace ihe::hl7
