#pragma once

#include <memory>
#include <mutex>
#include <string_view>

#include "actors/common/hl7_link/hl7_exchange.h"
#include "actors/common/hl7_link/hl7_peer_settings.h"
#include "actors/common/id_factory.h"
#include "actors/common/transaction_log.h"
#include "actors/net/mllp/mllp_client.h"

namespace ihe::actors {

// Sends HL7 messages to one peer over MLLP, one at a time (HL7 v2.5.1 Appendix C.2.1), keeping the
// connection open between messages and reconnecting after a failure. Thread-safe: concurrent send() calls
// are serialised.
class Hl7Sender {
 public:
  // `ids` and `log` must outlive the sender; `log` may be null.
  Hl7Sender(Hl7PeerSettings settings, IdFactory& ids, TransactionLog* log = nullptr);
  ~Hl7Sender();
  Hl7Sender(const Hl7Sender&) = delete;
  Hl7Sender& operator=(const Hl7Sender&) = delete;

  // Fills MSH-3/4/5/6 from the settings, MSH-7 now, MSH-10 a new control id, MSH-11 "P", MSH-12 from the
  // settings when the message has none (builders set it), MSH-15/16 in enhanced mode; sends; waits for
  // the reply by settings.timeout; checks MSA-2 == MSH-10. Publishes one TransactionRecord for
  // `transaction` ("RAD-4"). Never throws for the peer's behaviour.
  Hl7Exchange send(hl7::Message message, std::string_view transaction);

  const Hl7PeerSettings& settings() const { return settings_; }
  // The MLLP client's wire events (for evidence recorders), subscribe before sending.
  net::MllpEvents& events();

 private:
  Hl7PeerSettings settings_;
  IdFactory& ids_;
  TransactionLog* log_;
  std::mutex mutex_;
  net::MllpClient client_;
};

// What an exchange's outcome reads like in a TransactionRecord: "AA", "AE: ERR 101 at PID-3 ...",
// "no reply: connection refused".
std::string outcome_text(const Hl7Exchange& exchange);

}  // namespace ihe::actors
