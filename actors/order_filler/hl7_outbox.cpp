#include "actors/order_filler/hl7_outbox.h"

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
    exchanges_.push_back(std::move(exchange));
    busy_ = false;
    changed_.notify_all();
  }
}

}  // namespace ihe::actors
