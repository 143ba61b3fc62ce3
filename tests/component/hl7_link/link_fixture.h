#pragma once

#include <functional>
#include <mutex>
#include <string>
#include <vector>

#include "actors/common/hl7_link/hl7_receiver.h"
#include "actors/common/hl7_link/hl7_sender.h"
#include "actors/common/hl7_messages/adt_messages.h"

// Our sender against our receiver over real MLLP on 127.0.0.1 (an ephemeral port).
namespace ihe::actors::test {

// Collects the records a TransactionLog publishes.
class Records {
 public:
  explicit Records(TransactionLog& log) {
    log.subscribe([this](const TransactionRecord& r) {
      std::lock_guard lock(mutex_);
      records_.push_back(r);
    });
  }
  std::vector<TransactionRecord> get() const {
    std::lock_guard lock(mutex_);
    return records_;
  }

 private:
  mutable std::mutex mutex_;
  std::vector<TransactionRecord> records_;
};

// An Hl7Receiver of ours on an ephemeral port that keeps every message its handlers see, in order.
class RecordingPeer {
 public:
  // Gets the message and how many were received before it.
  using Answerer = std::function<Hl7Answer(const hl7::Message& message, std::size_t earlier)>;

  explicit RecordingPeer(IdFactory& ids) : receiver_({}, ids) {}
  void on(const std::string& type_trigger, std::string transaction, Answerer answerer) {
    receiver_.on(type_trigger, std::move(transaction), [this, answerer](const hl7::Message& m) {
      std::size_t earlier = 0;
      {
        std::lock_guard lock(mutex_);
        earlier = received_.size();
        received_.push_back(m);
      }
      return answerer(m, earlier);
    });
  }
  void start() { receiver_.start(); }
  std::uint16_t port() const { return receiver_.port(); }
  std::vector<hl7::Message> received() const {
    std::lock_guard lock(mutex_);
    return received_;
  }

 private:
  Hl7Receiver receiver_;
  mutable std::mutex mutex_;
  std::vector<hl7::Message> received_;
};

inline AdtEvent a04() {
  AdtEvent event;
  event.trigger = "A04";
  event.patient = {"PAT001", "HOSP", "SMITH^ALICE", "19800214", "F"};
  return event;
}

inline Hl7PeerSettings peer_at(std::uint16_t port,
                               std::chrono::milliseconds timeout = std::chrono::seconds(5)) {
  Hl7PeerSettings settings;
  settings.port = port;
  settings.sending_application = "ADT_SIM";
  settings.sending_facility = "HOSP";
  settings.receiving_application = "OF_APP";
  settings.receiving_facility = "RADIOLOGY";
  settings.timeout = timeout;
  return settings;
}

}  // namespace ihe::actors::test
