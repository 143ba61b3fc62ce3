#pragma once

#include <optional>
#include <string>
#include <vector>

#include "actors/common/hl7_messages/read_result.h"
#include "actors/hl7/ack.h"
#include "actors/hl7/message.h"

namespace ihe::actors {

// What a message handler decides (HL7 v2.5.1 2.9.2, RAD TF-2 2.4): the MSA-1 code, ERR entries, and
// optionally an application response (ORG^O20, ORR^O02, ORI^O24) whose MSH-9 and segments after its MSH the
// receiver puts into the acknowledgement after MSA/ERR.
struct Hl7Answer {
  hl7::AckCode code = hl7::AckCode::AA;  // original mode; mapped to CA/CE/CR for an enhanced-mode message
  std::vector<hl7::AckError> errors;     // ERR-2 location + ERR-3 table 0357 code
  std::string text;                      // MSA-3
  std::optional<hl7::Message> response;  // from a builder (build_order_response ...)
  std::string summary;                   // for the TransactionRecord; empty: MSH-9 and MSH-10
  // For the TransactionRecord when one message type serves several transactions (OMI^O23 is RAD-4 or RAD-13
  // by its ORC-1/ORC-5); empty: the transaction the handler was registered with (Hl7Receiver::on).
  std::string transaction;

  static Hl7Answer accept() { return {}; }
  // AE with one ERR (code, location, user message in ERR-8).
  static Hl7Answer error(hl7::ErrorCode code, hl7::ErrorLocation location, std::string message);
  // AE 101 (required field missing) at the reader's segment and field.
  static Hl7Answer from(const ReadError& error);
};

// Deliberate receiver defects an actor maps its fault switches onto (tests/faults prove checks see them).
struct Hl7ReceiverFaults {
  bool never_answer = false;          // keep the connection open and say nothing (RAD TF-2 2.4: every
                                      // message is acknowledged)
  bool answer_ae = false;             // AE + ERR 207 whatever the handler decided
  bool wrong_msa2 = false;            // MSA-2 not the received MSH-10 (HL7 v2.5.1 2.9.2)
  bool close_without_answer = false;  // drop the connection instead of answering
};

}  // namespace ihe::actors
