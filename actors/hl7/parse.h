#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "actors/hl7/delimiters.h"
#include "actors/hl7/message.h"

namespace ihe::hl7 {

// Why a text is not an HL7 v2 message. Text from a peer is untrusted, so this is a value, never an
// exception: the receiver answers it with an AR/AE acknowledgement (see ack.h) and a check reports it.
struct ParseError {
  std::string segment;            // the segment id as read (non-printable bytes as \xNN); empty: none
  std::size_t segment_index = 0;  // 1-based position of that segment; 0 when the error precedes any
  std::size_t field = 0;          // HL7 field number (MSH-2 is 2); 0 when the error is not about one field
  std::size_t offset = 0;         // byte offset in the input where the problem is
  // One line naming all of the above, e.g. "segment 3 'P@D' has an invalid segment id at offset 120".
  std::string description;
  // The MSH when it was read before the error, so an acknowledgement can still answer its MSH-10.
  std::optional<Segment> header;

  bool operator==(const ParseError&) const = default;
};

// Either the message or the reason it is not one.
class ParseResult {
 public:
  ParseResult(Message message) : value_(std::move(message)) {}
  ParseResult(ParseError error) : value_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<Message>(value_); }
  explicit operator bool() const { return ok(); }
  // Each throws ihe::HarnessError when the result holds the other alternative (a caller that did not
  // look at ok() first has a bug).
  const Message& message() const;
  Message& message();
  const ParseError& error() const;

 private:
  std::variant<Message, ParseError> value_;
};

// Reads ER7 text with the delimiters its MSH-1/MSH-2 declare. Segments may end with CR, LF or CRLF and the
// last one may lack its terminator (lenient on input; serialize() always writes CR, so canonical text
// round-trips byte for byte). Empty lines are skipped. Exactly one message: a second MSH is an error.
ParseResult parse(std::string_view er7);

// The pieces, for text known to belong to one node (no delimiter of a level above it).
Field parse_field(std::string_view er7, const Delimiters& delimiters);
Repetition parse_repetition(std::string_view er7, const Delimiters& delimiters);
Component parse_component(std::string_view er7, const Delimiters& delimiters);

}  // namespace ihe::hl7
