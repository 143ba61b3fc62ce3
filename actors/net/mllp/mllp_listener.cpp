#include "actors/net/mllp/mllp_listener.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <cctype>
#include <thread>
#include <unordered_map>

#include "actors/net/mllp/mllp_connection.h"
#include "actors/net/mllp/mllp_error.h"
#include "base/harness_error.h"

namespace ihe::net {

namespace asio = boost::asio;
using detail::Tcp;

struct MllpListener::Impl {
  Impl(MllpListenerOptions listener_options, MllpHandler message_handler)
      : options(std::move(listener_options)),
        handler(std::move(message_handler)),
        context{options, handler, events, [this](std::uint64_t id) { connections.erase(id); }} {}

  void listen();
  void accept();
  void close_all();

  MllpListenerOptions options;
  MllpHandler handler;
  MllpEvents events;
  detail::ListenerContext context;
  asio::io_context io{1};
  Tcp::acceptor acceptor{io};
  asio::steady_timer retry{io};
  std::unordered_map<std::uint64_t, std::shared_ptr<detail::MllpConnection>> connections;
  std::uint64_t next_id = 1;
  std::thread thread;
  bool stopped = false;
};

void MllpListener::Impl::listen() {
  const std::string where = options.address + ":" + std::to_string(options.port);
  boost::system::error_code ec;
  const auto address = asio::ip::make_address(options.address, ec);
  if (ec)
    throw HarnessError("cannot listen for MLLP on " + where + ": '" + options.address +
                       "' is not an IP address");
  const Tcp::endpoint endpoint(address, options.port);
  // SO_REUSEADDR lets a restarted harness reuse a port in TIME_WAIT; on Linux it still refuses a port that
  // another socket listens on, which is the error users need to see.
  acceptor.open(endpoint.protocol(), ec);
  if (!ec) acceptor.set_option(Tcp::acceptor::reuse_address(true), ec);
  if (!ec) acceptor.bind(endpoint, ec);
  if (!ec) acceptor.listen(asio::socket_base::max_listen_connections, ec);
  if (!ec) {
    options.port = acceptor.local_endpoint().port();
    return;
  }
  std::string reason = ec.message();
  if (!reason.empty()) reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
  throw HarnessError("cannot listen for MLLP on " + where + ": " + reason);
}

void MllpListener::Impl::accept() {
  acceptor.async_accept([this](const boost::system::error_code& ec, Tcp::socket socket) {
    if (stopped) return;
    if (ec) {
      // Out of file descriptors and the like: try again shortly instead of spinning or giving up.
      retry.expires_after(std::chrono::milliseconds(50));
      retry.async_wait([this](const boost::system::error_code& wait_ec) {
        if (!wait_ec && !stopped) accept();
      });
      return;
    }
    const std::uint64_t id = next_id++;
    auto connection = std::make_shared<detail::MllpConnection>(std::move(socket), id, context);
    connections.emplace(id, connection);
    connection->start();
    accept();
  });
}

void MllpListener::Impl::close_all() {
  stopped = true;
  boost::system::error_code ignored;
  acceptor.close(ignored);
  retry.cancel();
  auto open = connections;  // closing a connection removes it from the table
  for (auto& [id, connection] : open) connection->close(MllpError::ListenerStopped);
}

MllpListener::MllpListener(MllpListenerOptions options, MllpHandler handler)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler))) {
  impl_->listen();
}

MllpListener::~MllpListener() {
  stop();
}

MllpEvents& MllpListener::events() {
  return impl_->events;
}

void MllpListener::start() {
  if (impl_->thread.joinable() || impl_->stopped) return;
  impl_->accept();
  impl_->thread = std::thread([impl = impl_.get()] { impl->io.run(); });
}

void MllpListener::stop() {
  if (!impl_->thread.joinable()) {
    impl_->close_all();
    return;
  }
  if (impl_->thread.get_id() == std::this_thread::get_id()) {
    throw HarnessError("MllpListener::stop() called from its own handler or observer");
  }
  asio::post(impl_->io, [impl = impl_.get()] { impl->close_all(); });
  impl_->thread.join();
}

std::uint16_t MllpListener::port() const {
  return impl_->options.port;
}

const std::string& MllpListener::address() const {
  return impl_->options.address;
}

}  // namespace ihe::net
