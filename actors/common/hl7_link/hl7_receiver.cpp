#include "actors/common/hl7_link/hl7_receiver.h"

#include <stdexcept>

#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"

namespace ihe::actors {
namespace {

using hl7::AckCode;
using hl7::ErrorCode;

// "2.5.1" -> {2, 5, 1}; non-digits end a part.
std::vector<int> version_parts(std::string_view version) {
  std::vector<int> parts{0};
  for (char c : version) {
    if (c == '.')
      parts.push_back(0);
    else if (c >= '0' && c <= '9')
      parts.back() = parts.back() * 10 + (c - '0');
    else
      break;
  }
  return parts;
}

bool version_accepted(std::string_view received, std::string_view lowest) {
  return !received.empty() && version_parts(received) >= version_parts(lowest);
}

Hl7Answer reject(ErrorCode code, std::size_t field, std::string message) {
  Hl7Answer answer = Hl7Answer::error(code, {"MSH", 1, field, 1, 1}, std::move(message));
  answer.code = AckCode::AR;
  return answer;
}

// HL7 v2.5.1 2.9.3: a message asking for enhanced mode (MSH-15 set) gets an accept acknowledgement.
AckCode ack_mode_code(AckCode code, const hl7::Message& message) {
  if (message.get("MSH-15").empty()) return code;
  switch (code) {
    case AckCode::AA:
      return AckCode::CA;
    case AckCode::AE:
      return AckCode::CE;
    case AckCode::AR:
      return AckCode::CR;
    default:
      return code;
  }
}

std::string outcome_of(const Hl7Answer& answer) {
  std::string text(hl7::to_string(answer.code));
  for (const auto& e : answer.errors)
    text += " ERR " + e.code + (e.user_message.empty() ? "" : " " + e.user_message);
  return text;
}

// Thrown out of the listener's handler so that it closes the connection (MllpListener's contract).
struct CloseConnection : std::runtime_error {
  CloseConnection() : std::runtime_error("closed without an answer (fault close-without-answer)") {}
};

}  // namespace

Hl7Answer Hl7Answer::error(ErrorCode code, hl7::ErrorLocation location, std::string message) {
  Hl7Answer answer;
  answer.code = AckCode::AE;
  answer.errors.push_back(hl7::AckError::make(code, std::move(location), std::move(message)));
  return answer;
}

Hl7Answer Hl7Answer::from(const ReadError& error) {
  return Hl7Answer::error(ErrorCode::RequiredFieldMissing, {error.segment, 1, error.field},
                          error.description);
}

Hl7Receiver::Hl7Receiver(Hl7ReceiverSettings settings, IdFactory& ids, TransactionLog* log)
    : settings_(std::move(settings)), ids_(ids), log_(log) {
  net::MllpListenerOptions options;
  options.address = settings_.address;
  options.port = settings_.port;
  options.idle_timeout = settings_.idle_timeout;
  listener_ = std::make_unique<net::MllpListener>(
      options, [this](const std::string& text, const net::MllpConnectionInfo& connection) {
        return answer(text, connection.peer_address + ":" + std::to_string(connection.peer_port));
      });
}

Hl7Receiver::~Hl7Receiver() {
  stop();
}

void Hl7Receiver::on(const std::string& type_trigger, std::string transaction, Hl7Handler handler,
                     std::vector<std::string> required_segments) {
  routes_[type_trigger] = Route{std::move(transaction), std::move(handler), std::move(required_segments)};
}

void Hl7Receiver::set_faults(const Hl7ReceiverFaults& faults) {
  std::lock_guard lock(faults_mutex_);
  faults_ = faults;
}

Hl7ReceiverFaults Hl7Receiver::faults() const {
  std::lock_guard lock(faults_mutex_);
  return faults_;
}

void Hl7Receiver::start() {
  listener_->start();
}
void Hl7Receiver::stop() {
  listener_->stop();
}
std::uint16_t Hl7Receiver::port() const {
  return listener_->port();
}
net::MllpEvents& Hl7Receiver::events() {
  return listener_->events();
}

Hl7Answer Hl7Receiver::decide(const hl7::Message& message, const Route* route,
                              std::string& transaction) const {
  const std::string type = message.message_type();
  // HL7 v2.5.1 2.9.2: version, then type and trigger, are checked before the content (table 0357).
  if (!version_accepted(message.version(), settings_.version))
    return reject(ErrorCode::UnsupportedVersionId, 12,
                  "MSH-12 '" + message.version() + "' is below " + settings_.version);
  if (route == nullptr) {
    bool type_known = false;
    for (const auto& [key, r] : routes_) type_known = type_known || key.starts_with(type + "^");
    return type_known
               ? reject(ErrorCode::UnsupportedEventCode, 9,
                        "trigger event '" + message.trigger_event() + "' not supported for " + type)
               : reject(ErrorCode::UnsupportedMessageType, 9, "message type '" + type + "' not supported");
  }
  transaction = route->transaction;
  for (const auto& segment : route->required_segments)
    if (message.find(segment) == nullptr)
      return Hl7Answer::error(ErrorCode::RequiredFieldMissing, {segment, 1},
                              "required segment " + segment + " missing");
  try {
    return route->handler(message);
  } catch (const std::exception& e) {
    return Hl7Answer::error(ErrorCode::ApplicationInternalError, {}, e.what());
  }
}

std::optional<std::string> Hl7Receiver::answer(const std::string& text, const std::string& peer) {
  const Hl7ReceiverFaults faults = this->faults();
  hl7::AckOptions options;
  options.control_id = ids_.control_id();
  auto parsed = hl7::parse(text);
  std::string transaction = "HL7";
  std::string summary;
  Hl7Answer decided;
  std::optional<hl7::Message> ack;
  if (!parsed) {
    decided = Hl7Answer::error(ErrorCode::RequiredFieldMissing, {}, parsed.error().description);
    summary = "unparsable message: " + parsed.error().description;
  } else {
    const hl7::Message& message = parsed.message();
    const auto found = routes_.find(message.message_type() + "^" + message.trigger_event());
    decided = decide(message, found == routes_.end() ? nullptr : &found->second, transaction);
    if (!decided.transaction.empty()) transaction = decided.transaction;
    summary = decided.summary.empty()
                  ? message.message_type() + "^" + message.trigger_event() + " " + message.control_id()
                  : decided.summary;
  }
  if (faults.answer_ae) {
    decided = Hl7Answer::error(ErrorCode::ApplicationInternalError, {}, "deliberate AE (fault answer-ae)");
  }
  options.code = parsed ? ack_mode_code(decided.code, parsed.message()) : decided.code;
  options.text = decided.text;
  options.errors = decided.errors;
  const hl7::AckSender sender{settings_.application, settings_.facility, settings_.version, "P"};
  ack = parsed ? hl7::build_ack(parsed.message(), options) : hl7::build_ack(parsed.error(), options, sender);
  if (parsed && ack->get("MSH-3").empty()) {
    ack->set("MSH-3", settings_.application);
    ack->set("MSH-4", settings_.facility);
  }
  if (decided.response) {
    ack->set_er7("MSH-9", decided.response->get_er7("MSH-9"));
    for (const auto& segment : decided.response->segments())
      if (segment.id != "MSH") ack->segments().push_back(segment);
  }
  if (faults.wrong_msa2) ack->set("MSA-2", "WRONG" + ack->get("MSA-2"));
  std::string outcome = outcome_of(decided);
  if (faults.never_answer) outcome = "no answer (fault never-answer)";
  if (faults.close_without_answer) outcome = "connection closed without answer (fault close-without-answer)";
  if (log_ != nullptr) log_->publish({transaction, peer, summary, outcome});
  if (faults.close_without_answer) throw CloseConnection();
  if (faults.never_answer) return std::nullopt;
  return hl7::serialize(*ack);
}

}  // namespace ihe::actors
