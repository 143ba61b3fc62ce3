#pragma once

#include <string>
#include <system_error>

namespace ihe::net {

// Transport outcomes of MLLP exchanges (HL7 v2.5.1 Appendix C, Minimal Lower Layer Protocol). A peer that
// misbehaves yields one of these, never an exception. Errors of the operating system and of Asio pass
// through unchanged as std::error_code (a refused connection compares equal to
// std::errc::connection_refused).
enum class MllpError {
  ConnectTimeout = 1,  // the TCP connection was not established before the deadline
  AckTimeout,          // no complete reply frame before the deadline
  SendTimeout,         // the peer did not take the message before the deadline
  PeerClosed,          // the peer closed the connection before a complete reply
  NotConnected,        // send() without an open connection
  MessageTooLarge,     // a frame grew past the configured maximum message size
  BytesOutsideFrame,   // bytes before a start block (0x0B): garbage or an unframed message
  BadFrameEnd,         // end block 0x1C not followed by carriage return 0x0D
  FrameInterrupted,    // a start block 0x0B inside an open frame: the open frame is abandoned
  IncompleteFrame,     // the byte stream ended inside a frame
  UnexpectedReply,     // a further frame arrived after the reply to the one message in flight
  IdleTimeout,         // the listener closed a connection that stayed silent too long
  HandlerFailed,       // the listener's message handler threw; the connection was closed
  ListenerStopped,     // the listener closed the connection because it was stopped
};

const std::error_category& mllp_category() noexcept;

std::error_code make_error_code(MllpError e) noexcept;

}  // namespace ihe::net

template <>
struct std::is_error_code_enum<ihe::net::MllpError> : std::true_type {};
