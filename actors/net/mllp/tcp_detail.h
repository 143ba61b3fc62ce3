#pragma once

#include <boost/asio/ip/tcp.hpp>
#include <cstdint>

#include "actors/net/mllp/mllp_event.h"

// Internal to ihe_mllp: small socket helpers shared by the listener's connections and the client.
namespace ihe::net::detail {

using Tcp = boost::asio::ip::tcp;

// One message and its ACK are small writes that wait for each other; Nagle's algorithm together with the
// peer's delayed ACK would hold each of them for up to 40 ms.
inline void set_no_delay(Tcp::socket& socket) {
  boost::system::error_code ignored;
  socket.set_option(Tcp::no_delay(true), ignored);
}

inline MllpConnectionInfo describe(const Tcp::socket& socket, std::uint64_t id) {
  boost::system::error_code ec;
  const Tcp::endpoint remote = socket.remote_endpoint(ec);
  if (ec) return {id, {}, 0};
  return {id, remote.address().to_string(), remote.port()};
}

}  // namespace ihe::net::detail
