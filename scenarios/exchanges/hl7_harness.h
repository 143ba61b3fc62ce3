#pragma once

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "actors/common/hl7_link/hl7_receiver.h"
#include "actors/common/hl7_link/hl7_sender.h"
#include "actors/common/id_factory.h"
#include "reports/model/target.h"

namespace ihe::scenarios {

// One HL7 message the SUT sent to the harness's receiver, with the transaction its content names (OMI^O23
// NW/SC -> RAD-4, CA/CA or XO/CM -> RAD-13, OMG^O19 SN/OC/SC -> RAD-3, ADT -> RAD-1/RAD-12).
struct ReceivedHl7 {
  std::string transaction;
  std::string text;  // ER7 as received (segments separated by '\r')
  hl7::Message message;
};

// The harness's HL7 side for a run: a sender to the SUT's HL7 endpoint (target.hl7; the harness plays ADT,
// Order Placer or Order Filler) and a receiver on target.harness_hl7 that answers AA to everything it
// routes (RAD TF-2 2.4: every message is acknowledged) and keeps what arrived for await steps. Both are
// made on first use and kept for the run. Thread-safe.
class HarnessHl7 {
 public:
  explicit HarnessHl7(const reports::Target& target);
  ~HarnessHl7();
  // Sends to the SUT by the target's timeout (a message carrying MSH-12 keeps it: negative cases).
  actors::Hl7Exchange send(hl7::Message message, const std::string& transaction);
  // Starts the receiver on first call; position of the next message to arrive.
  std::size_t listen();
  // The first message of `transaction` at a position >= first and not in `taken`, waiting until `deadline`.
  std::optional<ReceivedHl7> wait(const std::string& transaction, std::size_t first,
                                  const std::set<std::size_t>& taken,
                                  std::chrono::steady_clock::time_point deadline, std::size_t& position);

 private:
  void deliver(const hl7::Message& message);

  const reports::Target& target_;
  actors::IdFactory ids_;
  std::unique_ptr<actors::Hl7Sender> sender_;
  std::unique_ptr<actors::Hl7Receiver> receiver_;
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<ReceivedHl7> received_;
};

// Which transaction an incoming message is by MSH-9 and ORC-1/ORC-5; empty when none of SWF/PIR.
std::string transaction_of(const hl7::Message& message);

}  // namespace ihe::scenarios
