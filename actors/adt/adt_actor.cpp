#include "actors/adt/adt_actor.h"

#include "actors/adt/adt_faults.h"

namespace ihe::actors {

AdtActor::AdtActor(AdtConfig config, FaultSwitches faults, TransactionLog& log)
    : config_(std::move(config)), faults_(std::move(faults)) {
  for (const auto& destination : config_.destinations)
    senders_.push_back(std::make_unique<Hl7Sender>(destination.peer, ids_, &log));
}

AdtActor::~AdtActor() {
  stop();
}

void AdtActor::start() {
  script_.start([this](const std::atomic<bool>& stopping) {
    for (const auto& event : config_.events) {
      if (stopping) break;
      send(event);
    }
  });
}

void AdtActor::stop() {
  script_.stop();
}

std::string AdtActor::describe() const {
  std::string text =
      "ADT " + config_.identity.application + " (HL7 " + config_.identity.version + ") sending to";
  for (const auto& destination : config_.destinations)
    text +=
        " " + destination.name + "@" + destination.peer.host + ":" + std::to_string(destination.peer.port);
  if (config_.destinations.empty()) text += " nobody (no <send-to>)";
  return text;
}

std::vector<Hl7Exchange> AdtActor::send(const AdtEvent& event) {
  hl7::Message message = build_adt(event, config_.identity.version);
  apply_adt_faults(message, faults_);
  const std::string transaction(adt_transaction(event.trigger));
  std::vector<Hl7Exchange> exchanges;
  for (const auto& sender : senders_) exchanges.push_back(sender->send(message, transaction));
  return exchanges;
}

bool AdtActor::wait_scripted(std::chrono::milliseconds timeout) {
  return script_.wait_done(timeout);
}

}  // namespace ihe::actors
