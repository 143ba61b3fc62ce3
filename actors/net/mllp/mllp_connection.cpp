#include "actors/net/mllp/mllp_connection.h"

#include <boost/asio/error.hpp>
#include <boost/asio/write.hpp>
#include <exception>

#include "actors/net/mllp/mllp_error.h"

namespace ihe::net::detail {

namespace asio = boost::asio;

MllpConnection::MllpConnection(Tcp::socket socket, std::uint64_t id, ListenerContext& context)
    : socket_(std::move(socket)),
      idle_timer_(socket_.get_executor()),
      context_(context),
      info_(describe(socket_, id)),
      decoder_(context.options.max_message_size),
      last_activity_(Clock::now()) {}

void MllpConnection::start() {
  set_no_delay(socket_);
  context_.events.publish(MllpEventKind::ConnectionOpened, info_);
  if (context_.options.idle_timeout.count() > 0) watch_idle(context_.options.idle_timeout);
  read();
}

void MllpConnection::close(std::error_code reason, std::string detail) {
  if (closed_) return;
  closed_ = true;
  if (auto pending = decoder_.finish()) {
    context_.events.publish(MllpEventKind::FramingError, info_, std::move(pending->bytes), pending->error);
  }
  boost::system::error_code ignored;
  socket_.shutdown(Tcp::socket::shutdown_both, ignored);
  socket_.close(ignored);
  idle_timer_.cancel();
  context_.events.publish(MllpEventKind::ConnectionClosed, info_, std::move(detail), reason);
  context_.forget(info_.id);
}

void MllpConnection::read() {
  socket_.async_read_some(asio::buffer(read_buffer_),
                          [self = shared_from_this()](const boost::system::error_code& ec, std::size_t size) {
                            self->on_read(ec, size);
                          });
}

void MllpConnection::on_read(const boost::system::error_code& ec, std::size_t size) {
  if (closed_) return;
  if (ec) {
    close(ec == asio::error::eof ? make_error_code(MllpError::PeerClosed) : std::error_code(ec));
    return;
  }
  last_activity_ = Clock::now();
  decoded_.clear();
  decoder_.feed({read_buffer_.data(), size}, decoded_);
  for (auto& item : decoded_) {
    if (!dispatch(item)) return;
  }
  read();
}

bool MllpConnection::dispatch(DecodedItem& item) {
  if (!item.is_message()) {
    context_.events.publish(MllpEventKind::FramingError, info_, item.bytes, item.error);
    // After an oversized frame the stream cannot be trusted to carry the next message intact.
    if (item.error == MllpError::MessageTooLarge) close(item.error);
    return !closed_;
  }
  if (context_.events.has_observers())
    context_.events.publish(MllpEventKind::FrameReceived, info_, item.bytes);
  std::optional<std::string> answer;
  try {
    answer = context_.handler(item.bytes, info_);
  } catch (const std::exception& e) {
    close(MllpError::HandlerFailed, e.what());
    return false;
  } catch (...) {
    close(MllpError::HandlerFailed, "an exception that is not a std::exception");
    return false;
  }
  if (answer) reply(std::move(*answer));
  return true;
}

void MllpConnection::reply(std::string message) {
  replies_.push_back(frame(message));
  if (replies_.size() == 1) write_front();
}

void MllpConnection::write_front() {
  asio::async_write(socket_, asio::buffer(replies_.front()),
                    [self = shared_from_this()](const boost::system::error_code& ec, std::size_t) {
                      if (self->closed_) return;
                      if (ec) return self->close(ec);
                      self->last_activity_ = Clock::now();
                      const std::string& sent = self->replies_.front();
                      if (self->context_.events.has_observers()) {
                        self->context_.events.publish(MllpEventKind::FrameSent, self->info_,
                                                      sent.substr(1, sent.size() - 3));
                      }
                      self->replies_.pop_front();
                      if (!self->replies_.empty()) self->write_front();
                    });
}

// The timer is not re-armed on every read (that would cost a cancellation per frame); it wakes up when the
// connection may have become idle and sleeps again for the time since the last activity.
void MllpConnection::watch_idle(Clock::duration wait) {
  idle_timer_.expires_after(wait);
  idle_timer_.async_wait([self = shared_from_this()](const boost::system::error_code& ec) {
    if (ec || self->closed_) return;
    const auto limit = self->context_.options.idle_timeout;
    const auto idle = Clock::now() - self->last_activity_;
    if (idle >= limit) return self->close(MllpError::IdleTimeout);
    self->watch_idle(limit - idle);
  });
}

}  // namespace ihe::net::detail
