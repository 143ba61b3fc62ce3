#include "actors/common/hl7_link/hl7_sender.h"

#include <algorithm>
#include <chrono>

#include "actors/common/hl7_messages/hl7_fields.h"
#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"

namespace ihe::actors {
namespace {

void fill_header(hl7::Message& message, const Hl7PeerSettings& settings, const std::string& control_id) {
  message.set("MSH-3", settings.sending_application);
  message.set("MSH-4", settings.sending_facility);
  message.set("MSH-5", settings.receiving_application);
  message.set("MSH-6", settings.receiving_facility);
  message.set("MSH-7", hl7_fields::now());
  message.set("MSH-10", control_id);
  message.set("MSH-11", "P");
  if (message.version().empty()) message.set("MSH-12", settings.version);
  if (settings.ack_mode == AckMode::Enhanced) {
    message.set("MSH-15", "AL");
    message.set("MSH-16", "NE");
  }
}

// Reads the reply frame into the exchange: parse, MSA, MSA-2 check, outcome.
void judge_reply(Hl7Exchange& exchange) {
  auto parsed = hl7::parse(exchange.response_text);
  if (!parsed) {
    exchange.outcome = ExchangeOutcome::ReplyNotHl7;
    exchange.problems = "reply is not HL7: " + parsed.error().description;
    return;
  }
  exchange.response = parsed.message();
  exchange.ack = hl7::read_ack(*exchange.response);
  if (!exchange.ack) {
    exchange.outcome = ExchangeOutcome::NoMsa;
    exchange.problems = "reply " + exchange.response->message_type() + "^" +
                        exchange.response->trigger_event() + " has no MSA segment";
    return;
  }
  exchange.ack_code = exchange.ack->code;
  if (exchange.ack->control_id != exchange.sent.control_id()) {
    exchange.outcome = ExchangeOutcome::WrongControlId;
    exchange.problems = "MSA-2 '" + exchange.ack->control_id + "' does not answer our MSH-10 '" +
                        exchange.sent.control_id() + "'";
    return;
  }
  if (exchange.ack->accepted()) {
    exchange.outcome = ExchangeOutcome::Accepted;
    return;
  }
  exchange.outcome = ExchangeOutcome::Rejected;
  exchange.problems = "MSA-1 " + (exchange.ack_code.empty() ? std::string("(empty)") : exchange.ack_code);
  if (!exchange.ack->text.empty()) exchange.problems += " - " + exchange.ack->text;
  for (const auto& error : exchange.ack->errors)
    exchange.problems += "; ERR " + error.code + " at " + error.location.segment + "-" +
                         std::to_string(error.location.field) +
                         (error.user_message.empty() ? "" : ": " + error.user_message);
}

std::string summary(const hl7::Message& message) {
  std::string text = message.message_type() + "^" + message.trigger_event() + " " + message.control_id();
  if (const std::string patient = message.get("PID-3.1"); !patient.empty()) text += " for " + patient;
  if (const std::string control = message.get("ORC-1"); !control.empty()) text += " ORC-1 " + control;
  return text;
}

}  // namespace

std::string_view to_string(ExchangeOutcome outcome) {
  switch (outcome) {
    case ExchangeOutcome::Accepted:
      return "accepted";
    case ExchangeOutcome::Rejected:
      return "rejected";
    case ExchangeOutcome::NoReply:
      return "no reply";
    case ExchangeOutcome::ReplyNotHl7:
      return "reply not HL7";
    case ExchangeOutcome::NoMsa:
      return "reply without MSA";
    case ExchangeOutcome::WrongControlId:
      return "wrong MSA-2";
  }
  return "?";
}

std::string outcome_text(const Hl7Exchange& exchange) {
  if (exchange.outcome == ExchangeOutcome::Accepted) return exchange.ack_code;
  return std::string(to_string(exchange.outcome)) + ": " + exchange.problems;
}

Hl7Sender::Hl7Sender(Hl7PeerSettings settings, IdFactory& ids, TransactionLog* log)
    : settings_(std::move(settings)), ids_(ids), log_(log) {}

Hl7Sender::~Hl7Sender() = default;

net::MllpEvents& Hl7Sender::events() {
  return client_.events();
}

Hl7Exchange Hl7Sender::send(hl7::Message message, std::string_view transaction) {
  std::lock_guard lock(mutex_);
  fill_header(message, settings_, ids_.control_id());
  Hl7Exchange exchange;
  exchange.sent_text = hl7::serialize(message);
  exchange.sent = std::move(message);
  const std::string peer = settings_.host + ":" + std::to_string(settings_.port);
  // One deadline for the whole exchange, a (re)connect included: MllpClient bounds its connect and its
  // send-and-reply each as a whole (never per read), and the reply gets what the connect left.
  const auto deadline = std::chrono::steady_clock::now() + settings_.timeout;
  if (!client_.is_open())
    exchange.transport = client_.connect(settings_.host, settings_.port, settings_.timeout);
  if (!exchange.transport) {
    const auto left =
        std::chrono::ceil<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    auto result = client_.send(exchange.sent_text, std::max(left, std::chrono::milliseconds(1)));
    exchange.transport = result.error;
    exchange.response_text = std::move(result.reply);
  }
  if (exchange.transport) {
    exchange.outcome = ExchangeOutcome::NoReply;
    exchange.problems = exchange.transport.message();
  } else {
    judge_reply(exchange);
  }
  if (log_ != nullptr)
    log_->publish({std::string(transaction), peer, summary(exchange.sent), outcome_text(exchange)});
  return exchange;
}

}  // namespace ihe::actors
