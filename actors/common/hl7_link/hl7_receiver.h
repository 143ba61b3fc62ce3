#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "actors/common/hl7_link/hl7_answer.h"
#include "actors/common/id_factory.h"
#include "actors/common/transaction_log.h"
#include "actors/net/mllp/mllp_listener.h"

namespace ihe::actors {

struct Hl7ReceiverSettings {
  std::string address = "127.0.0.1";
  std::uint16_t port = 0;                   // 0: ephemeral, see Hl7Receiver::port()
  std::string application = "IHE_HARNESS";  // our MSH-3 in answers when the sender left MSH-5 empty
  std::string facility = "HARNESS";
  // The lowest MSH-12 accepted: a receiver accepts the version IHE names and higher ones (digest, Versions).
  std::string version = "2.5.1";
  std::chrono::milliseconds idle_timeout = std::chrono::seconds(60);
};

using Hl7Handler = std::function<Hl7Answer(const hl7::Message& message)>;

// An MLLP listener that acknowledges every message (RAD TF-2 2.4) and hands the ones it knows to the
// handler registered for their MSH-9.1^MSH-9.2. It answers by itself: AE 101 for text that does not
// parse or lacks a segment the handler declares required, AR 203 for an MSH-12 below settings.version,
// AR 200 for an unknown message type, AR 201 for a known type with an unknown trigger, AE 207 when a
// handler throws. Answers swap MSH-3/4 with MSH-5/6 and carry MSA-2 = the received MSH-10. Publishes one
// TransactionRecord per message received.
class Hl7Receiver {
 public:
  // Binds at once (throws ihe::HarnessError naming the port when it cannot); `ids` and `log` outlive it.
  Hl7Receiver(Hl7ReceiverSettings settings, IdFactory& ids, TransactionLog* log = nullptr);
  ~Hl7Receiver();
  Hl7Receiver(const Hl7Receiver&) = delete;
  Hl7Receiver& operator=(const Hl7Receiver&) = delete;

  // Before start(): `type_trigger` "ADT^A08"; `transaction` "RAD-12" for the record; `required_segments`
  // those whose absence gets AE 101 before the handler is called. Handlers run on the I/O thread, one at a
  // time.
  void on(const std::string& type_trigger, std::string transaction, Hl7Handler handler,
          std::vector<std::string> required_segments = {});
  // Any time, from any thread.
  void set_faults(const Hl7ReceiverFaults& faults);

  void start();
  void stop();
  std::uint16_t port() const;
  net::MllpEvents& events();

  // The answer to one message's text as the listener would send it; nullopt: no answer (fault). Throws
  // only for the close-without-answer fault. For tests and replays without a socket.
  std::optional<std::string> answer(const std::string& text, const std::string& peer);

 private:
  struct Route {
    std::string transaction;
    Hl7Handler handler;
    std::vector<std::string> required_segments;
  };

  Hl7Answer decide(const hl7::Message& message, const Route* route, std::string& transaction) const;
  Hl7ReceiverFaults faults() const;

  Hl7ReceiverSettings settings_;
  IdFactory& ids_;
  TransactionLog* log_;
  std::map<std::string, Route> routes_;
  mutable std::mutex faults_mutex_;
  Hl7ReceiverFaults faults_;
  std::unique_ptr<net::MllpListener> listener_;
};

}  // namespace ihe::actors
