#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

namespace ihe::net {

// HL7 v2.5.1 Appendix C.4.3, MLLP block format: <SB> message <EB><CR>.
inline constexpr char kStartBlock = '\x0B';
inline constexpr char kEndBlock = '\x1C';
inline constexpr char kCarriageReturn = '\x0D';
inline constexpr std::size_t kDefaultMaxMessageSize = 8 * 1024 * 1024;

// The message wrapped in one MLLP block.
std::string frame(std::string_view message);

// One thing found in the byte stream, in stream order: a complete message or discarded bytes.
struct DecodedItem {
  std::error_code error;  // empty: `bytes` is one message without its framing; else why `bytes` were dropped
  std::string bytes;      // the message, or the raw discarded bytes as they were on the wire

  bool is_message() const { return !error; }
};

// Incremental MLLP decoder: feed it chunks as they arrive from the socket, of any size and cut anywhere.
// Anomalies are reported, never thrown, so a listener can log them and a client can say "garbage before
// the ACK":
//   - bytes outside a frame: BytesOutsideFrame, reported when the next start block arrives or at finish();
//   - 0x1C not followed by 0x0D: BadFrameEnd, the frame is dropped and the byte after 0x1C is decoded anew;
//   - 0x0B inside an open frame: FrameInterrupted, the open frame is dropped and a new one begins;
//   - a frame longer than max_message_size: MessageTooLarge once (with the first max_message_size bytes);
//     everything up to the next 0x0B is then skipped, where decoding resynchronises.
class FrameDecoder {
 public:
  explicit FrameDecoder(std::size_t max_message_size = kDefaultMaxMessageSize);

  // Appends the messages and anomalies that `chunk` completes to `out`.
  void feed(std::string_view chunk, std::vector<DecodedItem>& out);

  // End of the byte stream: what is still pending (bytes outside a frame: BytesOutsideFrame; an open
  // frame: IncompleteFrame). The decoder starts afresh afterwards.
  std::optional<DecodedItem> finish();

  // True while a frame is open (its start block seen, its end not yet).
  bool in_frame() const { return state_ == State::InFrame || state_ == State::AfterEndBlock; }

 private:
  enum class State { Outside, InFrame, AfterEndBlock, Discarding };

  std::size_t consume_outside(std::string_view rest, std::vector<DecodedItem>& out);
  std::size_t consume_in_frame(std::string_view rest, std::vector<DecodedItem>& out);
  std::size_t consume_after_end_block(std::string_view rest, std::vector<DecodedItem>& out);
  std::size_t consume_discarding(std::string_view rest);
  void start_frame(std::vector<DecodedItem>& out);
  DecodedItem take_issue(std::error_code error, std::string_view prefix, std::string_view suffix);

  std::size_t max_message_size_;
  State state_ = State::Outside;
  std::string buffer_;  // the open frame's content, or bytes outside any frame not yet reported
};

}  // namespace ihe::net
