#include <ctime>

#include "actors/hl7/ack.h"
#include "base/harness_error.h"

namespace ihe::hl7 {
namespace {

std::string utc_now() {
  const std::time_t now = std::time(nullptr);
  std::tm utc{};
  gmtime_r(&now, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y%m%d%H%M%S+0000", &utc);
  return text;
}

std::string number(std::size_t n) {
  return n == 0 ? std::string() : std::to_string(n);
}

Path path(std::string segment, std::size_t occurrence, std::size_t field,
          std::optional<std::size_t> repetition, std::size_t component,
          std::optional<std::size_t> subcomponent = std::nullopt) {
  return Path{std::move(segment), occurrence, field, repetition, component, subcomponent};
}

// The ERL components of a location, trailing "not given" ones dropped.
std::vector<std::string> location_parts(const ErrorLocation& where) {
  std::vector<std::string> parts{where.segment,           number(where.sequence),
                                 number(where.field),     number(where.repetition),
                                 number(where.component), number(where.subcomponent)};
  while (!parts.empty() && parts.back().empty()) parts.pop_back();
  return parts;
}

// v2.5.1: one ERR per error; ERR-2 location (ERL), ERR-3 code (CWE, table 0357), ERR-4 severity, ERR-8
// user message (HL7 v2.5.1 2.15.5).
void write_v25_errors(Message& ack, const std::vector<AckError>& errors) {
  for (std::size_t i = 0; i < errors.size(); ++i) {
    const AckError& e = errors[i];
    const std::vector<std::string> where = location_parts(e.location);
    for (std::size_t c = 0; c < where.size(); ++c) ack.set(path("ERR", i + 1, 2, 1, c + 1), where[c]);
    ack.set(path("ERR", i + 1, 3, 1, 1), e.code);
    ack.set(path("ERR", i + 1, 3, 1, 2), e.code_text);
    ack.set(path("ERR", i + 1, 3, 1, 3), "HL70357");
    ack.set(path("ERR", i + 1, 4, 1, 1), e.severity);
    if (!e.user_message.empty()) ack.set(path("ERR", i + 1, 8, 1, 1), e.user_message);
  }
}

// Before v2.5: one ERR whose ERR-1 (ELD: segment^sequence^field^code) repeats, the code a CE in
// subcomponents (HL7 v2.3.1 ERR-1, data type ELD).
void write_ld_errors(Message& ack, const std::vector<AckError>& errors) {
  for (std::size_t i = 0; i < errors.size(); ++i) {
    const AckError& e = errors[i];
    std::vector<std::string> where = location_parts(e.location);
    where.resize(3);
    for (std::size_t c = 0; c < where.size(); ++c) ack.set(path("ERR", 1, 1, i + 1, c + 1), where[c]);
    ack.set(path("ERR", 1, 1, i + 1, 4, 1), e.code);
    ack.set(path("ERR", 1, 1, i + 1, 4, 2), e.code_text);
    ack.set(path("ERR", 1, 1, i + 1, 4, 3), "HL70357");
  }
}

// Everything but MSH-3..6, MSH-11 and MSH-12, which the caller has filled already.
void complete(Message& ack, const AckOptions& options, std::string_view trigger_er7,
              std::string_view answered_er7) {
  if (options.control_id.empty())
    throw HarnessError("an ACK needs a control id for its MSH-10 (AckOptions::control_id)");
  const bool v25 = has_v25_acknowledgements(ack.version());
  ack.set("MSH-7", options.timestamp.empty() ? utc_now() : options.timestamp);
  ack.set("MSH-9.1", "ACK");
  if (v25) {
    ack.set_er7("MSH-9.2", trigger_er7);
    ack.set("MSH-9.3", "ACK");
  }
  ack.set("MSH-10", options.control_id);
  ack.set("MSA-1", to_string(options.code));
  ack.set_er7("MSA-2", answered_er7);
  if (!options.text.empty()) ack.set("MSA-3", options.text);
  if (v25) {
    write_v25_errors(ack, options.errors);
  } else {
    write_ld_errors(ack, options.errors);
  }
}

}  // namespace

Message build_ack(const Message& original, const AckOptions& options) {
  const Segment* msh = original.find("MSH");
  if (msh == nullptr) throw HarnessError("build_ack: the message to acknowledge has no MSH segment");
  Message ack = Message::with_header(original.delimiters());
  std::vector<Field>& fields = ack.segments().front().fields;
  fields.resize(12);
  // HL7 v2.5.1 2.9.2: the ACK goes back to whoever sent the message (RAD TF-2 2.4; Mirth #276 is the
  // classic defect of not swapping).
  constexpr std::pair<std::size_t, std::size_t> kCopies[] = {{5, 3}, {6, 4},   {3, 5},
                                                             {4, 6}, {11, 11}, {12, 12}};
  for (const auto& [from, to] : kCopies) {
    if (from <= msh->fields.size()) fields[to - 1] = msh->fields[from - 1];
  }
  complete(ack, options, original.get_er7("MSH-9.2"), original.get_er7("MSH-10"));
  return ack;
}

Message build_ack(const ParseError& error, const AckOptions& options, const AckSender& sender) {
  if (error.header) {
    Message original;
    original.segments().push_back(*error.header);
    return build_ack(original, options);
  }
  Message ack = Message::with_header();
  ack.set("MSH-3", sender.application);
  ack.set("MSH-4", sender.facility);
  ack.set("MSH-11", sender.processing_id);
  ack.set("MSH-12", sender.version);
  complete(ack, options, "", "");
  return ack;
}

}  // namespace ihe::hl7
