#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "actors/net/mllp/frame_decoder.h"
#include "actors/net/mllp/mllp_event.h"

namespace ihe::net {

// The outcome of one message sent and its reply awaited.
struct MllpSendResult {
  // Empty on success. Otherwise the reason there is no reply: AckTimeout, SendTimeout, PeerClosed,
  // MessageTooLarge, NotConnected, or a system error (e.g. std::errc::connection_reset).
  std::error_code error;
  std::string reply;  // the first complete frame after the message was sent, without its framing
  // Everything received in this exchange that was not the reply, each with its reason: garbage or an
  // unframed reply (BytesOutsideFrame), a broken frame, a frame cut by the peer closing (IncompleteFrame),
  // further frames after the reply (UnexpectedReply). Can be non-empty on success.
  std::vector<DecodedItem> discarded;

  bool ok() const { return !error; }
};

struct MllpClientOptions {
  std::size_t max_message_size = kDefaultMaxMessageSize;  // for replies
};

// MLLP client with a blocking API for sequential scenario code: every call returns by its deadline. Inside,
// asynchronous Asio I/O runs on the caller's thread with a private io_context. One message is in flight at
// a time (HL7 v2.5.1 Appendix C.2.1: the sender waits for the ACK before sending the next). The connection
// stays open across send() calls; after a failed send() it is closed (a late reply would otherwise be taken
// for the next message's ACK) and connect() must be called again. Not thread-safe: one caller at a time.
class MllpClient {
 public:
  explicit MllpClient(MllpClientOptions options = {});
  ~MllpClient();
  MllpClient(const MllpClient&) = delete;
  MllpClient& operator=(const MllpClient&) = delete;

  // Observers see ConnectionOpened/Closed, FrameSent (the message), FrameReceived (the reply) and
  // FramingError, on the caller's thread.
  MllpEvents& events();

  // Connects to host (closing any previous connection). Returns ConnectTimeout, or the system error
  // (std::errc::connection_refused, host not found, ...), or empty on success. An IP address is used as
  // it is; a host name goes through the system resolver, which no deadline can interrupt: connect() still
  // returns at its deadline, but destroying the client then waits for the resolver to give up.
  std::error_code connect(const std::string& host, std::uint16_t port, std::chrono::milliseconds timeout);

  // Frames and sends `message`, then waits for one reply frame; `reply_timeout` bounds the whole exchange.
  MllpSendResult send(std::string_view message, std::chrono::milliseconds reply_timeout);

  void close();
  bool is_open() const;
  // The connection's numbering and peer, valid while open.
  const MllpConnectionInfo& connection() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ihe::net
