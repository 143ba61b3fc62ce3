#pragma once

#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <memory>

#include "actors/common/transport_faults/fault_front.h"

namespace ihe::actors::transport {

using boost::asio::ip::tcp;

// One client connection at the fault front: commits the configured fault, relaying to the actor where
// the fault needs it. Lives as long as one of its asynchronous operations holds it; close() ends it.
class Relay : public std::enable_shared_from_this<Relay> {
 public:
  Relay(tcp::socket client, const FaultFrontConfig& config);
  void start();
  void close();

 private:
  void read_client();
  void read_upstream();
  void on_client_bytes(std::size_t n);
  void drip(std::size_t offset, std::size_t size);
  void answer_and_close(const unsigned char* bytes, std::size_t size, bool then_close);

  tcp::socket client_;
  tcp::socket upstream_;
  boost::asio::steady_timer timer_;
  const FaultFrontConfig& config_;
  std::array<unsigned char, 4096> from_client_{};
  std::array<unsigned char, 4096> from_upstream_{};
  bool answered_ = false;  // the actor's first answer went back to the client (abort's trigger)
};

}  // namespace ihe::actors::transport
