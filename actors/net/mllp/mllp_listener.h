#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "actors/net/mllp/frame_decoder.h"
#include "actors/net/mllp/mllp_event.h"

namespace ihe::net {

struct MllpListenerOptions {
  std::string address = "127.0.0.1";  // loopback unless a site setup asks for more
  std::uint16_t port = 0;             // 0: an ephemeral port, see MllpListener::port()
  std::chrono::milliseconds idle_timeout = std::chrono::seconds(60);  // zero: connections never time out
  std::size_t max_message_size = kDefaultMaxMessageSize;
};

// Called once per complete message received, on the listener's I/O thread, one call at a time across all
// connections (handlers need no locking among themselves; a slow handler delays every connection).
// Returns the reply to frame and send on the same connection, or std::nullopt to send nothing (a silent
// peer, for fault scenarios). An exception closes that connection (ConnectionClosed with HandlerFailed and
// the exception's message as bytes); the listener goes on serving the others.
using MllpHandler = std::function<std::optional<std::string>(const std::string& message,
                                                             const MllpConnectionInfo& connection)>;

// MLLP server (HL7 v2.5.1 Appendix C) for many simultaneous connections. It owns its io_context and the one
// thread that runs it: start() starts the thread, stop() closes everything and joins it. Each connection is
// decoded on its own; one that sends garbage, an oversized frame (closed with MessageTooLarge), or nothing
// at all (closed after idle_timeout) never disturbs the others.
class MllpListener {
 public:
  // Binds and listens at once, so that port() is known before start(). Throws ihe::HarnessError with one
  // line naming the address and port when it cannot ("address already in use").
  MllpListener(MllpListenerOptions options, MllpHandler handler);
  ~MllpListener();
  MllpListener(const MllpListener&) = delete;
  MllpListener& operator=(const MllpListener&) = delete;

  // Subscribe observers before start() to see every connection.
  MllpEvents& events();
  void start();
  // Closes the acceptor and every connection (ConnectionClosed with ListenerStopped), then joins the I/O
  // thread. Idempotent. Must not be called from a handler or an observer (it would wait for itself).
  void stop();

  std::uint16_t port() const;
  const std::string& address() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ihe::net
