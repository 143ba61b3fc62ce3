#pragma once

#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "actors/common/hl7_link/hl7_sender.h"
#include "actors/common/id_factory.h"
#include "actors/common/transaction_log.h"
#include "actors/hl7/message.h"

namespace ihe::actors {

// The peers the Order Filler initiates HL7 transactions with (RAD TF-1 SWF: RAD-3 to the Order Placer;
// RAD-4, RAD-13 and forwarded RAD-12 to the Image Manager).
enum class Hl7Peer { OrderPlacer, ImageManager };

struct OutboundHl7 {
  Hl7Peer peer;
  std::string transaction;  // "RAD-4"
  hl7::Message message;     // from a builder; the sender fills MSH-3..7/10/11
};

// Sends the Order Filler's own messages on a thread of its own, one at a time and in the order they were
// posted (HL7 v2.5.1 C.2.1: one message in flight per link), so that the change that caused them (an
// ORG^O20 to answer, an MPPS N-CREATE response) is never held up by a slow or absent peer. Each exchange
// is published to the TransactionLog by its Hl7Sender; a peer that does not answer is logged, not thrown.
class Hl7Outbox {
 public:
  // A placer order number the Order Placer assigned to one of our orders (ORG^O20 NA answering RAD-3 SN).
  using NumberAssigned =
      std::function<void(const std::string& filler_number, const std::string& placer_number)>;

  Hl7Outbox(IdFactory& ids, TransactionLog& log) : ids_(ids), log_(log) {}
  ~Hl7Outbox();
  Hl7Outbox(const Hl7Outbox&) = delete;
  Hl7Outbox& operator=(const Hl7Outbox&) = delete;

  // Before start(). A peer never added is one the configuration left out: its messages are dropped.
  void add_peer(Hl7Peer peer, const Hl7PeerSettings& settings);
  bool has_peer(Hl7Peer peer) const { return senders_.contains(peer); }
  // Before start(). Called on the outbox thread; the messages still queued for that order get the number
  // in ORC-2 and OBR-2 whether or not an observer is set (RAD-4 requires OBR-2, RAD TF-2 4.4.4.1.2.2).
  void on_number_assigned(NumberAssigned observer) { number_assigned_ = std::move(observer); }

  // Any thread; false (and nothing queued) for a peer not configured.
  bool post(OutboundHl7 message);
  void start();
  // Lets the exchange in flight finish (bounded by its peer's timeout) and ends the thread; what is still
  // queued is not sent, one TransactionRecord each, so that stopping stays prompt with a silent peer.
  void stop();
  // Whether the queue ran empty with nothing in flight within `timeout` (tests, orderly shutdown).
  bool wait_idle(std::chrono::milliseconds timeout);

  // Every exchange so far, in order (evidence and tests).
  std::vector<Hl7Exchange> exchanges() const;

 private:
  void run();
  void take_assigned_number(const Hl7Exchange& exchange);  // under mutex_

  IdFactory& ids_;
  TransactionLog& log_;
  std::map<Hl7Peer, std::unique_ptr<Hl7Sender>> senders_;
  NumberAssigned number_assigned_;
  mutable std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<OutboundHl7> queue_;
  std::vector<Hl7Exchange> exchanges_;
  bool busy_ = false;
  bool stopping_ = false;
  std::thread thread_;
};

}  // namespace ihe::actors
