#include "actors/common/transport_faults/relay.h"

namespace ihe::actors::transport {
namespace {

// PS3.8 9.3.4: A-ASSOCIATE-RJ, length 4; result 1 (rejected-permanent), source 1 (DICOM UL service-user),
// reason 1 (no-reason-given).
constexpr std::array<unsigned char, 10> kAssociateReject{0x03, 0x00, 0x00, 0x00, 0x00,
                                                         0x04, 0x00, 0x01, 0x01, 0x01};
// PDU type 0xEE exists in no PS3.8 table, and the bytes hold no MLLP start block (0x0B).
constexpr std::array<unsigned char, 16> kGarbage{0xEE, 0xEE, 0xEE, 0xEE, 0xDE, 0xAD, 0xBE, 0xEF,
                                                 0xEE, 0xEE, 0xEE, 0xEE, 0xDE, 0xAD, 0xBE, 0xEF};

}  // namespace

Relay::Relay(tcp::socket client, const FaultFrontConfig& config)
    : client_(std::move(client)),
      upstream_(client_.get_executor()),
      timer_(client_.get_executor()),
      config_(config) {}

void Relay::start() {
  if (config_.fault == TransportFault::silent) {
    // Hold the connection open without reading: the client's bytes pile up in the kernel, unanswered.
    timer_.expires_at(boost::asio::steady_timer::time_point::max());
    timer_.async_wait([self = shared_from_this()](const boost::system::error_code&) {});
    return;
  }
  if (config_.fault == TransportFault::associate_reject || config_.fault == TransportFault::garbage) {
    read_client();
    return;
  }
  const tcp::endpoint actor(boost::asio::ip::make_address(config_.upstream_host), config_.upstream_port);
  upstream_.async_connect(actor, [self = shared_from_this()](const boost::system::error_code& ec) {
    if (ec) return self->close();
    self->read_client();
    self->read_upstream();
  });
}

void Relay::close() {
  boost::system::error_code ignored;
  timer_.cancel();
  client_.close(ignored);
  upstream_.close(ignored);
}

void Relay::read_client() {
  client_.async_read_some(boost::asio::buffer(from_client_),
                          [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
                            if (ec) return self->close();
                            self->on_client_bytes(n);
                          });
}

void Relay::on_client_bytes(std::size_t n) {
  switch (config_.fault) {
    case TransportFault::associate_reject:
      return answer_and_close(kAssociateReject.data(), kAssociateReject.size(), true);
    case TransportFault::garbage:
      return answer_and_close(kGarbage.data(), kGarbage.size(), false);
    case TransportFault::abort:
      if (answered_) return close();
      break;
    default:
      break;
  }
  boost::asio::async_write(upstream_, boost::asio::buffer(from_client_.data(), n),
                           [self = shared_from_this()](const boost::system::error_code& ec, std::size_t) {
                             if (ec) return self->close();
                             self->read_client();
                           });
}

void Relay::answer_and_close(const unsigned char* bytes, std::size_t size, bool then_close) {
  boost::asio::async_write(
      client_, boost::asio::buffer(bytes, size),
      [self = shared_from_this(), then_close](const boost::system::error_code& ec, std::size_t) {
        if (ec || then_close) return self->close();
        self->read_client();  // whatever follows is read and never answered
      });
}

void Relay::read_upstream() {
  upstream_.async_read_some(boost::asio::buffer(from_upstream_),
                            [self = shared_from_this()](const boost::system::error_code& ec, std::size_t n) {
                              if (ec) return self->close();
                              self->drip(0, n);
                            });
}

// Sends from_upstream_[offset, size) to the client: at once, or drip_bytes per drip_interval (slow_drip).
void Relay::drip(std::size_t offset, std::size_t size) {
  const bool slow = config_.fault == TransportFault::slow_drip;
  const std::size_t chunk = slow ? std::min(config_.drip_bytes, size - offset) : size - offset;
  // Set before the write: the client may answer (and abort's next read complete) before its handler runs.
  if (offset + chunk == size) answered_ = true;
  boost::asio::async_write(
      client_, boost::asio::buffer(from_upstream_.data() + offset, chunk),
      [self = shared_from_this(), offset, size, chunk](const boost::system::error_code& ec, std::size_t) {
        if (ec) return self->close();
        if (offset + chunk == size) return self->read_upstream();
        self->timer_.expires_after(self->config_.drip_interval);
        self->timer_.async_wait([self, offset, size, chunk](const boost::system::error_code& wait) {
          if (!wait) self->drip(offset + chunk, size);
        });
      });
}

}  // namespace ihe::actors::transport
