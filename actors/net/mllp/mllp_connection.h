#pragma once

#include <array>
#include <boost/asio/steady_timer.hpp>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <string>

#include "actors/net/mllp/frame_decoder.h"
#include "actors/net/mllp/mllp_listener.h"
#include "actors/net/mllp/tcp_detail.h"

// Internal to ihe_mllp: one accepted connection of an MllpListener.
namespace ihe::net::detail {

// What a listener shares with its connections; it outlives them (the listener joins its thread first).
struct ListenerContext {
  const MllpListenerOptions& options;
  const MllpHandler& handler;
  const MllpEvents& events;
  std::function<void(std::uint64_t)> forget;  // drops a closed connection from the listener's table
};

// Reads frames, hands each message to the handler, writes the replies in order. Runs only on the
// listener's single I/O thread, so it needs no locks.
class MllpConnection : public std::enable_shared_from_this<MllpConnection> {
 public:
  MllpConnection(Tcp::socket socket, std::uint64_t id, ListenerContext& context);

  void start();
  // Idempotent. Publishes ConnectionClosed with `reason` (and `detail` as bytes).
  void close(std::error_code reason, std::string detail = {});

 private:
  using Clock = std::chrono::steady_clock;

  void read();
  void on_read(const boost::system::error_code& ec, std::size_t size);
  // Returns false when the connection had to be closed.
  bool dispatch(DecodedItem& item);
  void reply(std::string message);
  void write_front();
  void watch_idle(Clock::duration wait);

  Tcp::socket socket_;
  boost::asio::steady_timer idle_timer_;
  ListenerContext& context_;
  MllpConnectionInfo info_;
  FrameDecoder decoder_;
  std::vector<DecodedItem> decoded_;
  std::array<char, 16384> read_buffer_{};
  std::deque<std::string> replies_;  // framed; the front one is being written
  Clock::time_point last_activity_;
  bool closed_ = false;
};

}  // namespace ihe::net::detail
