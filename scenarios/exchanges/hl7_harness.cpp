#include "scenarios/exchanges/hl7_harness.h"

#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/order_messages.h"
#include "actors/common/hl7_messages/procedure_messages.h"
#include "actors/hl7/serialize.h"
#include "base/harness_error.h"

namespace ihe::scenarios {
namespace {

// What the SUT may send the harness: RAD-3 to the placer, RAD-4/13 and forwarded RAD-1/12 to the manager
// (2.5.1 and the 2.3.1 ORM^O01 of legacy SWF).
const char* const kRoutes[] = {"OMI^O23", "OMG^O19", "ORM^O01", "ADT^A01", "ADT^A04", "ADT^A05",
                               "ADT^A08", "ADT^A40", "ADT^A02", "ADT^A03", "ADT^A11"};

}  // namespace

std::string transaction_of(const hl7::Message& message) {
  const auto type = message.message_type();
  if (type == "ADT") return std::string(actors::adt_transaction(message.trigger_event()));
  const auto control = message.get("ORC-1");
  if (type == "OMG") return std::string(actors::order_transaction(control));
  const auto action = actors::procedure_action(control, message.get("ORC-5"));
  if (action) return std::string(actors::procedure_transaction(*action));
  if (type == "ORM" && !actors::order_transaction(control).empty())
    return std::string(actors::order_transaction(control));
  // A pair outside Table 4.13-1 still goes to the await that expects it, whose checks then name the pair.
  return control == "NW" ? "RAD-4" : "RAD-13";
}

HarnessHl7::HarnessHl7(const reports::Target& target) : target_(target) {}

HarnessHl7::~HarnessHl7() {
  if (receiver_) receiver_->stop();
}

actors::Hl7Exchange HarnessHl7::send(hl7::Message message, const std::string& transaction) {
  if (!sender_) {
    if (target_.hl7.port == 0) throw HarnessError("target: the SUT has no HL7 service (<hl7 port>)");
    actors::Hl7PeerSettings settings;
    settings.host = target_.hl7.host.empty() ? "127.0.0.1" : target_.hl7.host;
    settings.port = target_.hl7.port;
    settings.receiving_application = target_.hl7.application;
    settings.receiving_facility = target_.hl7.facility;
    settings.version = target_.hl7.version;
    settings.timeout = std::chrono::seconds(target_.timeout_seconds);
    sender_ = std::make_unique<actors::Hl7Sender>(settings, ids_);
  }
  return sender_->send(std::move(message), transaction);
}

std::size_t HarnessHl7::listen() {
  if (!receiver_) {
    if (target_.harness_hl7.port == 0)
      throw HarnessError("target: awaiting HL7 needs <harness><hl7 port> (where the SUT sends to)");
    actors::Hl7ReceiverSettings settings;
    settings.port = target_.harness_hl7.port;
    settings.version = target_.hl7.version;
    auto receiver = std::make_unique<actors::Hl7Receiver>(settings, ids_);
    for (const char* route : kRoutes)
      receiver->on(route, "HL7", [this](const hl7::Message& m) {
        deliver(m);
        return actors::Hl7Answer::accept();
      });
    receiver->start();
    receiver_ = std::move(receiver);
  }
  std::lock_guard lock(mutex_);
  return received_.size();
}

void HarnessHl7::deliver(const hl7::Message& message) {
  {
    std::lock_guard lock(mutex_);
    received_.push_back({transaction_of(message), hl7::serialize(message), message});
  }
  arrived_.notify_all();
}

std::optional<ReceivedHl7> HarnessHl7::wait(const std::string& transaction, std::size_t first,
                                            const std::set<std::size_t>& taken,
                                            std::chrono::steady_clock::time_point deadline,
                                            std::size_t& position) {
  std::unique_lock lock(mutex_);
  std::optional<ReceivedHl7> found;
  arrived_.wait_until(lock, deadline, [&] {
    for (std::size_t i = first; i < received_.size(); ++i)
      if (received_[i].transaction == transaction && !taken.contains(i)) {
        position = i;
        found = received_[i];
        return true;
      }
    return false;
  });
  return found;
}

}  // namespace ihe::scenarios
