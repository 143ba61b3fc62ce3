#include "actors/net/mllp/mllp_error.h"

namespace ihe::net {
namespace {

class MllpCategory : public std::error_category {
 public:
  const char* name() const noexcept override { return "mllp"; }

  std::string message(int ev) const override {
    switch (static_cast<MllpError>(ev)) {
      case MllpError::ConnectTimeout:
        return "connection not established before the deadline";
      case MllpError::AckTimeout:
        return "no reply frame before the deadline";
      case MllpError::SendTimeout:
        return "the peer did not take the message before the deadline";
      case MllpError::PeerClosed:
        return "the peer closed the connection";
      case MllpError::NotConnected:
        return "not connected";
      case MllpError::MessageTooLarge:
        return "MLLP message larger than the configured maximum";
      case MllpError::BytesOutsideFrame:
        return "bytes outside an MLLP frame (garbage or unframed message)";
      case MllpError::BadFrameEnd:
        return "MLLP end block 0x1C not followed by 0x0D";
      case MllpError::FrameInterrupted:
        return "MLLP start block 0x0B inside an open frame";
      case MllpError::IncompleteFrame:
        return "byte stream ended inside an MLLP frame";
      case MllpError::UnexpectedReply:
        return "further MLLP frame after the reply";
      case MllpError::IdleTimeout:
        return "connection idle for longer than the idle timeout";
      case MllpError::HandlerFailed:
        return "the message handler failed";
      case MllpError::ListenerStopped:
        return "the MLLP listener was stopped";
    }
    return "unknown MLLP error " + std::to_string(ev);
  }
};

}  // namespace

const std::error_category& mllp_category() noexcept {
  static const MllpCategory category;
  return category;
}

std::error_code make_error_code(MllpError e) noexcept {
  return {static_cast<int>(e), mllp_category()};
}

}  // namespace ihe::net
