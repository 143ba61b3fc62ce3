#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include "actors/hl7/ack.h"
#include "actors/hl7/message.h"
#include "actors/net/mllp/mllp_error.h"

namespace ihe::actors {

// How one message sent to a peer ended. Everything but Accepted is the peer's (or the network's) doing and
// is reported, never thrown.
enum class ExchangeOutcome {
  Accepted,        // MSA-1 AA (or CA) answering our MSH-10
  Rejected,        // MSA-1 AE/AR/CE/CR (or a value outside table 0008) answering our MSH-10
  NoReply,         // transport: refused, timeout, peer closed (see Hl7Exchange::transport)
  ReplyNotHl7,     // the reply frame does not parse
  NoMsa,           // the reply parses but has no MSA segment
  WrongControlId,  // MSA-2 is not our MSH-10 (HL7 v2.5.1 2.9.2; Mirth #2113)
};
std::string_view to_string(ExchangeOutcome outcome);

// One message sent and what came back.
struct Hl7Exchange {
  hl7::Message sent;                        // with the MSH as sent
  std::string sent_text;                    // ER7 as on the wire
  std::optional<hl7::Message> response;     // the parsed reply (ACK, ORG^O20, ORI^O24 ...)
  std::string response_text;                // the reply frame, also when it does not parse
  std::error_code transport;                // net::MllpError or a system error; empty when a frame came back
  std::optional<hl7::Acknowledgement> ack;  // MSA and ERRs of the reply
  std::string ack_code;                     // MSA-1 as received; empty without one
  ExchangeOutcome outcome = ExchangeOutcome::NoReply;
  std::string problems;  // one line of what went wrong; empty when Accepted

  bool accepted() const { return outcome == ExchangeOutcome::Accepted; }
};

}  // namespace ihe::actors
