#include "actors/net/mllp/mllp_client.h"

#include <array>
#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/write.hpp>

#include "actors/net/mllp/mllp_error.h"
#include "actors/net/mllp/tcp_detail.h"

namespace ihe::net {

namespace asio = boost::asio;
using detail::Tcp;
using Clock = std::chrono::steady_clock;

namespace {

// A connect that outlived its deadline may still complete later (name resolution cannot be interrupted);
// its handlers then find the attempt abandoned and touch nothing else.
struct ConnectAttempt {
  bool abandoned = false;
  bool done = false;
  std::error_code error;
};

constexpr std::array<char, 2> kFrameEnd{kEndBlock, kCarriageReturn};

}  // namespace

struct MllpClient::Impl {
  explicit Impl(const MllpClientOptions& options) : decoder(options.max_message_size) {}

  void start_connect(const std::string& host, std::uint16_t port,
                     const std::shared_ptr<ConnectAttempt>& attempt);
  bool run_until(Clock::time_point deadline, const bool& done);
  void read_reply(MllpSendResult& result, bool& done);
  void take(DecodedItem& item, MllpSendResult& result, bool& have_reply, bool& too_large);
  void drain_decoder(std::vector<DecodedItem>* discarded);
  void disconnect(std::error_code reason);

  MllpEvents events;
  asio::io_context io{1};
  Tcp::resolver resolver{io};
  Tcp::socket socket{io};
  FrameDecoder decoder;
  std::vector<DecodedItem> decoded;
  std::array<char, 16384> buffer{};
  MllpConnectionInfo connection;
  std::uint64_t next_id = 1;
  bool open = false;  // the socket may already be closed by a deadline before disconnect() reports it
};

// An IP address is connected to directly: the system resolver runs on a thread of its own that a deadline
// cannot interrupt (and that the io_context's destruction waits for).
void MllpClient::Impl::start_connect(const std::string& host, std::uint16_t port,
                                     const std::shared_ptr<ConnectAttempt>& attempt) {
  const auto finish = [attempt](const boost::system::error_code& ec) {
    if (attempt->abandoned) return;
    attempt->error = ec;
    attempt->done = true;
  };
  boost::system::error_code not_numeric;
  const auto address = asio::ip::make_address(host, not_numeric);
  if (!not_numeric) {
    socket.async_connect(Tcp::endpoint(address, port), finish);
    return;
  }
  resolver.async_resolve(host, std::to_string(port),
                         [this, attempt, finish](const boost::system::error_code& ec,
                                                 const Tcp::resolver::results_type& endpoints) {
                           if (ec || attempt->abandoned) return finish(ec);
                           asio::async_connect(socket, endpoints,
                                               [finish](const boost::system::error_code& connect_ec,
                                                        const Tcp::endpoint&) { finish(connect_ec); });
                         });
}

// Runs the I/O on the caller's thread until `done` or the deadline. At the deadline the pending socket
// operations are cancelled and their handlers run (with operation_aborted) before this returns, so none
// of them outlives the call. Returns false when the deadline came first.
bool MllpClient::Impl::run_until(Clock::time_point deadline, const bool& done) {
  io.restart();
  while (!done && io.run_one_until(deadline) > 0) {
  }
  if (done) return true;
  boost::system::error_code ignored;
  resolver.cancel();
  socket.close(ignored);
  io.restart();
  io.poll();
  return false;
}

void MllpClient::Impl::read_reply(MllpSendResult& result, bool& done) {
  socket.async_read_some(asio::buffer(buffer), [this, &result, &done](const boost::system::error_code& ec,
                                                                      std::size_t size) {
    if (ec) {
      result.error = ec == asio::error::eof ? make_error_code(MllpError::PeerClosed) : std::error_code(ec);
      done = true;
      return;
    }
    decoded.clear();
    decoder.feed({buffer.data(), size}, decoded);
    bool have_reply = false;
    bool too_large = false;
    for (auto& item : decoded) take(item, result, have_reply, too_large);
    if (!have_reply && too_large) result.error = MllpError::MessageTooLarge;
    if (have_reply || too_large) {
      done = true;
    } else {
      read_reply(result, done);
    }
  });
}

// Files one decoded item into the result: the first complete frame is the reply, anything else is discarded.
void MllpClient::Impl::take(DecodedItem& item, MllpSendResult& result, bool& have_reply, bool& too_large) {
  if (item.is_message() && !have_reply && !too_large) {
    if (events.has_observers()) events.publish(MllpEventKind::FrameReceived, connection, item.bytes);
    result.reply = std::move(item.bytes);
    have_reply = true;
    return;
  }
  if (item.is_message()) item.error = MllpError::UnexpectedReply;
  too_large = too_large || item.error == MllpError::MessageTooLarge;
  events.publish(MllpEventKind::FramingError, connection, item.bytes, item.error);
  result.discarded.push_back(std::move(item));
}

void MllpClient::Impl::drain_decoder(std::vector<DecodedItem>* discarded) {
  auto pending = decoder.finish();
  if (!pending) return;
  events.publish(MllpEventKind::FramingError, connection, pending->bytes, pending->error);
  if (discarded != nullptr) discarded->push_back(std::move(*pending));
}

void MllpClient::Impl::disconnect(std::error_code reason) {
  if (!open) return;
  open = false;
  boost::system::error_code ignored;
  socket.shutdown(Tcp::socket::shutdown_both, ignored);
  socket.close(ignored);
  events.publish(MllpEventKind::ConnectionClosed, connection, {}, reason);
}

MllpClient::MllpClient(MllpClientOptions options) : impl_(std::make_unique<Impl>(options)) {}

MllpClient::~MllpClient() {
  close();
}

MllpEvents& MllpClient::events() {
  return impl_->events;
}

std::error_code MllpClient::connect(const std::string& host, std::uint16_t port,
                                    std::chrono::milliseconds timeout) {
  close();
  Impl& impl = *impl_;
  auto attempt = std::make_shared<ConnectAttempt>();
  impl.start_connect(host, port, attempt);
  if (!impl.run_until(Clock::now() + timeout, attempt->done)) {
    attempt->abandoned = true;
    return MllpError::ConnectTimeout;
  }
  if (attempt->error) {
    boost::system::error_code ignored;
    impl.socket.close(ignored);
    return attempt->error;
  }
  detail::set_no_delay(impl.socket);
  impl.connection = detail::describe(impl.socket, impl.next_id++);
  impl.open = true;
  impl.events.publish(MllpEventKind::ConnectionOpened, impl.connection);
  return {};
}

MllpSendResult MllpClient::send(std::string_view message, std::chrono::milliseconds reply_timeout) {
  Impl& impl = *impl_;
  MllpSendResult result;
  if (!is_open()) {
    result.error = MllpError::NotConnected;
    return result;
  }
  const auto deadline = Clock::now() + reply_timeout;
  bool written = false;
  bool done = false;
  const std::array<asio::const_buffer, 3> framed{asio::buffer(&kStartBlock, 1), asio::buffer(message),
                                                 asio::buffer(kFrameEnd)};
  asio::async_write(impl.socket, framed, [&](const boost::system::error_code& ec, std::size_t) {
    if (ec) {
      result.error = ec;
      done = true;
      return;
    }
    written = true;
    if (impl.events.has_observers())
      impl.events.publish(MllpEventKind::FrameSent, impl.connection, std::string(message));
    impl.read_reply(result, done);
  });
  if (!impl.run_until(deadline, done)) {
    result.error = written ? MllpError::AckTimeout : MllpError::SendTimeout;
  }
  if (result.error) {
    impl.drain_decoder(&result.discarded);
    impl.disconnect(result.error);
  }
  return result;
}

void MllpClient::close() {
  impl_->drain_decoder(nullptr);
  impl_->disconnect({});
}

bool MllpClient::is_open() const {
  return impl_->open;
}

const MllpConnectionInfo& MllpClient::connection() const {
  return impl_->connection;
}

}  // namespace ihe::net
