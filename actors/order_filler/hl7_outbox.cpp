#include "actors/order_filler/hl7_outbox.h"

#include "actors/common/hl7_messages/order_messages.h"

namespace ihe::actors {

Hl7Outbox::~Hl7Outbox() {
  stop();
}

void Hl7Outbox::add_peer(Hl7Peer peer, const Hl7PeerSettings& settings) {
  senders_[peer] = std::make_unique<Hl7Sender>(settings, ids_, &log_);
}

bool Hl7Outbox::post(OutboundHl7 message) {
  if (!has_peer(message.peer)) return false;
  {
    const std::lock_guard lock(mutex_);
    queue_.push_back(std::move(message));
  }
  changed_.notify_all();
  return true;
}

void Hl7Outbox::start() {
  if (thread_.joinable()) return;
  stopping_ = false;
  thread_ = std::thread([this] { run(); });
}

void Hl7Outbox::stop() {
  std::deque<OutboundHl7> unsent;
  {
    const std::lock_guard lock(mutex_);
    stopping_ = true;
    unsent.swap(queue_);
  }
  changed_.notify_all();
  if (thread_.joinable()) thread_.join();
  for (const auto& message : unsent)
    log_.publish({message.transaction,
                  message.peer == Hl7Peer::OrderPlacer ? "order placer" : "image manager",
                  message.message.message_type() + "^" + message.message.trigger_event(),
                  "not sent: the actor stopped first"});
}

bool Hl7Outbox::wait_idle(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  return changed_.wait_for(lock, timeout, [this] { return queue_.empty() && !busy_; });
}

std::vector<Hl7Exchange> Hl7Outbox::exchanges() const {
  const std::lock_guard lock(mutex_);
  return exchanges_;
}

void Hl7Outbox::run() {
  std::unique_lock lock(mutex_);
  for (;;) {
    changed_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
    if (queue_.empty()) return;  // stopping, and everything sent
    auto next = std::move(queue_.front());
    queue_.pop_front();
    busy_ = true;
    lock.unlock();
    auto exchange = senders_.at(next.peer)->send(std::move(next.message), next.transaction);
    lock.lock();
    take_assigned_number(exchange);
    exchanges_.push_back(std::move(exchange));
    busy_ = false;
    changed_.notify_all();
  }
}

// RAD-3 SN goes out with ORC-2 empty and the placer answers NA with its number (HL7 table 0119, digest 2.4);
// the RAD-4 posted with the SN waits behind it in the queue, so it can still carry that number.
void Hl7Outbox::take_assigned_number(const Hl7Exchange& exchange) {
  if (!exchange.accepted() || !exchange.response || exchange.sent.get("ORC-1") != "SN") return;
  const auto answer = read_order_response(*exchange.response);
  if (!answer || answer.value().order_control != "NA" || answer.value().placer_order_number.empty()) return;
  const std::string filler = exchange.sent.get_er7("ORC-3");
  const std::string& placer = answer.value().placer_order_number;
  for (auto& queued : queue_) {
    if (queued.message.get_er7("ORC-3") != filler || !queued.message.get_er7("ORC-2").empty()) continue;
    queued.message.set_er7("ORC-2", placer);
    if (queued.message.count("OBR") != 0) queued.message.set_er7("OBR-2", placer);
  }
  if (number_assigned_) number_assigned_(filler, placer);
}

}  // namespace ihe::actors
