#include "actors/net/mllp/frame_decoder.h"

#include <algorithm>

#include "actors/net/mllp/mllp_error.h"

namespace ihe::net {

std::string frame(std::string_view message) {
  std::string framed;
  framed.reserve(message.size() + 3);
  framed += kStartBlock;
  framed += message;
  framed += kEndBlock;
  framed += kCarriageReturn;
  return framed;
}

FrameDecoder::FrameDecoder(std::size_t max_message_size)
    : max_message_size_(std::max<std::size_t>(max_message_size, 1)) {}

void FrameDecoder::feed(std::string_view chunk, std::vector<DecodedItem>& out) {
  while (!chunk.empty()) {
    std::size_t used = 0;
    switch (state_) {
      case State::Outside:
        used = consume_outside(chunk, out);
        break;
      case State::InFrame:
        used = consume_in_frame(chunk, out);
        break;
      case State::AfterEndBlock:
        used = consume_after_end_block(chunk, out);
        break;
      case State::Discarding:
        used = consume_discarding(chunk);
        break;
    }
    chunk.remove_prefix(used);
  }
}

std::optional<DecodedItem> FrameDecoder::finish() {
  std::optional<DecodedItem> pending;
  if (state_ == State::Outside && !buffer_.empty()) {
    pending = take_issue(MllpError::BytesOutsideFrame, {}, {});
  } else if (state_ == State::InFrame) {
    pending = take_issue(MllpError::IncompleteFrame, {&kStartBlock, 1}, {});
  } else if (state_ == State::AfterEndBlock) {
    pending = take_issue(MllpError::IncompleteFrame, {&kStartBlock, 1}, {&kEndBlock, 1});
  }
  buffer_.clear();
  state_ = State::Outside;
  return pending;
}

std::size_t FrameDecoder::consume_outside(std::string_view rest, std::vector<DecodedItem>& out) {
  const std::size_t start = rest.find(kStartBlock);
  const std::size_t stray = std::min(start, rest.size());
  for (std::size_t pos = 0; pos < stray;) {
    // Garbage is kept up to the size limit, so that a peer streaming junk cannot exhaust memory.
    const std::size_t take = std::min(stray - pos, max_message_size_ - buffer_.size());
    buffer_.append(rest.substr(pos, take));
    pos += take;
    if (buffer_.size() >= max_message_size_) out.push_back(take_issue(MllpError::BytesOutsideFrame, {}, {}));
  }
  if (start == std::string_view::npos) return rest.size();
  start_frame(out);
  return start + 1;
}

std::size_t FrameDecoder::consume_in_frame(std::string_view rest, std::vector<DecodedItem>& out) {
  const std::size_t hit = std::min(rest.find_first_of(std::string_view("\x0B\x1C", 2)), rest.size());
  if (buffer_.size() + hit > max_message_size_) {
    const std::size_t room = max_message_size_ - buffer_.size();
    buffer_.append(rest.substr(0, room));
    out.push_back(take_issue(MllpError::MessageTooLarge, {&kStartBlock, 1}, {}));
    state_ = State::Discarding;
    return room;
  }
  buffer_.append(rest.substr(0, hit));
  if (hit == rest.size()) return hit;
  if (rest[hit] == kStartBlock) {
    out.push_back(take_issue(MllpError::FrameInterrupted, {&kStartBlock, 1}, {}));
    start_frame(out);
  } else {
    state_ = State::AfterEndBlock;
  }
  return hit + 1;
}

std::size_t FrameDecoder::consume_after_end_block(std::string_view rest, std::vector<DecodedItem>& out) {
  if (rest.front() == kCarriageReturn) {
    out.push_back({{}, std::move(buffer_)});
    buffer_.clear();
    state_ = State::Outside;
    return 1;
  }
  out.push_back(take_issue(MllpError::BadFrameEnd, {&kStartBlock, 1}, {&kEndBlock, 1}));
  state_ = State::Outside;
  return 0;  // the byte after 0x1C is decoded again outside a frame: it may start the next one
}

std::size_t FrameDecoder::consume_discarding(std::string_view rest) {
  const std::size_t start = rest.find(kStartBlock);
  if (start == std::string_view::npos) return rest.size();
  state_ = State::InFrame;
  return start + 1;
}

void FrameDecoder::start_frame(std::vector<DecodedItem>& out) {
  if (!buffer_.empty()) out.push_back(take_issue(MllpError::BytesOutsideFrame, {}, {}));
  state_ = State::InFrame;
}

DecodedItem FrameDecoder::take_issue(std::error_code error, std::string_view prefix,
                                     std::string_view suffix) {
  DecodedItem item{error, {}};
  item.bytes.reserve(prefix.size() + buffer_.size() + suffix.size());
  item.bytes.append(prefix).append(buffer_).append(suffix);
  buffer_.clear();
  return item;
}

}  // namespace ihe::net
