#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <shared_mutex>
#include <string>
#include <system_error>
#include <vector>

namespace ihe::net {

// One TCP connection as seen by MLLP code.
struct MllpConnectionInfo {
  std::uint64_t id = 0;      // numbered from 1 per listener (per client for its connects)
  std::string peer_address;  // the remote IP address, e.g. "127.0.0.1"
  std::uint16_t peer_port = 0;
};

enum class MllpEventKind {
  ConnectionOpened,
  ConnectionClosed,  // error: why (an MllpError, a system error such as end of file)
  FrameReceived,     // bytes: the message without its framing
  FrameSent,         // bytes: the message without its framing
  FramingError,      // error: the anomaly (BytesOutsideFrame, BadFrameEnd, ...); bytes: the raw bytes
};

// A wire event: what the evidence recorder and the logger see (they subscribe; MLLP code does not log).
struct MllpEvent {
  MllpEventKind kind = MllpEventKind::ConnectionOpened;
  MllpConnectionInfo connection;
  std::string bytes;
  std::error_code error;
  std::chrono::system_clock::time_point time;
};

// Thread-safe list of observers. Observers run on the I/O thread that saw the event, in subscription order,
// so they must be quick, and they must not subscribe or unsubscribe (that would wait for itself). Once
// unsubscribe() returns, the observer is not running and will not be called again, so its owner may go.
// An exception thrown by an observer is dropped, so that a faulty recorder never breaks the wire.
class MllpEvents {
 public:
  using Observer = std::function<void(const MllpEvent&)>;
  using Subscription = std::uint64_t;

  Subscription subscribe(Observer observer);
  void unsubscribe(Subscription subscription);

  // False when nobody listens: lets hot paths skip building events.
  bool has_observers() const;
  void publish(MllpEventKind kind, const MllpConnectionInfo& connection, std::string bytes = {},
               std::error_code error = {}) const;

 private:
  mutable std::shared_mutex mutex_;  // shared while observers run, exclusive while the list changes
  std::vector<std::pair<Subscription, Observer>> observers_;
  Subscription next_ = 1;
};

}  // namespace ihe::net
