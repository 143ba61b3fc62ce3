#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <thread>

// Plain POSIX sockets for scripted peers: they do exactly what a test says, including the wrong things.
namespace ihe::net::test {

using namespace std::chrono_literals;

// A connected TCP socket on 127.0.0.1 (TCP_NODELAY, so each write leaves as its own segment).
class RawSocket {
 public:
  explicit RawSocket(int fd) : fd_(fd) {}
  static RawSocket connect_to(std::uint16_t port);
  ~RawSocket();
  RawSocket(RawSocket&& other) noexcept : fd_(other.fd_) { other.fd_ = -1; }
  RawSocket(const RawSocket&) = delete;
  RawSocket& operator=(const RawSocket&) = delete;

  void send(std::string_view bytes);
  // Sends one byte at a time with `gap` between bytes.
  void drip(std::string_view bytes, std::chrono::milliseconds gap);
  // Reads until `count` complete frames (0x0B ... 0x1C 0x0D) arrived, the peer closed, or the timeout.
  // Returns the raw bytes read.
  std::string read_frames(std::size_t count, std::chrono::milliseconds timeout);
  // Reads and drops everything until the peer closes; false when the timeout passes first.
  bool wait_closed(std::chrono::milliseconds timeout);
  void close();

 private:
  int fd_;
};

// A one-connection server on 127.0.0.1 whose behaviour is a test's script, run on its own thread.
class ScriptedServer {
 public:
  using Script = std::function<void(RawSocket& peer)>;

  explicit ScriptedServer(Script script);
  ~ScriptedServer();
  ScriptedServer(const ScriptedServer&) = delete;
  ScriptedServer& operator=(const ScriptedServer&) = delete;

  std::uint16_t port() const { return port_; }

 private:
  int listen_fd_ = -1;
  std::uint16_t port_ = 0;
  std::thread thread_;
};

}  // namespace ihe::net::test
