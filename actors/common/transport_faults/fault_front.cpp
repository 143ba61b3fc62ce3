#include "actors/common/transport_faults/fault_front.h"

#include <mutex>
#include <thread>
#include <vector>

#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>

#include "actors/common/transport_faults/relay.h"
#include "base/harness_error.h"

namespace ihe::actors {

using transport::Relay;
using transport::tcp;

struct FaultFront::Impl {
  FaultFrontConfig config;
  boost::asio::io_context io;
  tcp::acceptor acceptor{io};
  std::vector<std::weak_ptr<Relay>> relays;  // only touched on the io thread
  std::thread thread;

  void accept() {
    acceptor.async_accept([this](const boost::system::error_code& ec, tcp::socket socket) {
      if (ec) return;
      auto relay = std::make_shared<Relay>(std::move(socket), config);
      relays.push_back(relay);
      relay->start();
      accept();
    });
  }
};

FaultFront::FaultFront(FaultFrontConfig config) : impl_(std::make_unique<Impl>()) {
  impl_->config = std::move(config);
}

FaultFront::~FaultFront() {
  stop();
}

void FaultFront::start() {
  if (impl_->config.fault == TransportFault::refuse) return;
  boost::system::error_code ec;
  const tcp::endpoint at(boost::asio::ip::make_address("127.0.0.1"), impl_->config.port);
  impl_->acceptor.open(at.protocol(), ec);
  if (!ec) impl_->acceptor.set_option(tcp::acceptor::reuse_address(true), ec);
  if (!ec) impl_->acceptor.bind(at, ec);
  if (!ec) impl_->acceptor.listen(boost::asio::socket_base::max_listen_connections, ec);
  if (ec)
    throw HarnessError("fault front: cannot listen on 127.0.0.1:" + std::to_string(impl_->config.port) +
                       ": " + ec.message());
  impl_->accept();
  impl_->thread = std::thread([this] { impl_->io.run(); });
}

void FaultFront::stop() {
  if (!impl_->thread.joinable()) return;
  boost::asio::post(impl_->io, [this] {
    boost::system::error_code ignored;
    impl_->acceptor.close(ignored);
    for (auto& weak : impl_->relays)
      if (auto relay = weak.lock()) relay->close();
  });
  impl_->thread.join();
}

std::uint16_t FaultFront::port() const {
  if (!impl_->acceptor.is_open()) return impl_->config.port;
  return impl_->acceptor.local_endpoint().port();
}

}  // namespace ihe::actors
