#include "tests/component/mllp/raw_socket.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace ihe::net::test {
namespace {

sockaddr_in loopback(std::uint16_t port) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  return addr;
}

void no_delay(int fd) {
  const int one = 1;
  setsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &one, sizeof one);
}

std::size_t count_frames(const std::string& bytes) {
  std::size_t frames = 0;
  for (std::size_t pos = bytes.find("\x1C\x0D"); pos != std::string::npos;
       pos = bytes.find("\x1C\x0D", pos + 2)) {
    ++frames;
  }
  return frames;
}

// Reads what is available within `timeout`; returns 0 on end of stream, -1 on timeout or error.
ssize_t read_some(int fd, char* buffer, std::size_t size, std::chrono::milliseconds timeout) {
  pollfd p{fd, POLLIN, 0};
  if (poll(&p, 1, static_cast<int>(timeout.count())) <= 0) return -1;
  const ssize_t n = ::recv(fd, buffer, size, 0);
  return n < 0 ? 0 : n;  // a reset counts as closed
}

}  // namespace

RawSocket RawSocket::connect_to(std::uint16_t port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = loopback(port);
  if (fd < 0 || ::connect(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0) {
    if (fd >= 0) ::close(fd);
    throw std::runtime_error("raw connect to 127.0.0.1:" + std::to_string(port) + " failed");
  }
  no_delay(fd);
  return RawSocket(fd);
}

RawSocket::~RawSocket() {
  close();
}

void RawSocket::close() {
  if (fd_ >= 0) ::close(fd_);
  fd_ = -1;
}

void RawSocket::send(std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t n = ::send(fd_, bytes.data(), bytes.size(), MSG_NOSIGNAL);
    if (n <= 0) return;  // the other side went away: the test's assertions will tell
    bytes.remove_prefix(static_cast<std::size_t>(n));
  }
}

void RawSocket::drip(std::string_view bytes, std::chrono::milliseconds gap) {
  for (char c : bytes) {
    send({&c, 1});
    std::this_thread::sleep_for(gap);
  }
}

std::string RawSocket::read_frames(std::size_t count, std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::string received;
  char buffer[4096];
  while (count_frames(received) < count) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) break;
    const ssize_t n = read_some(fd_, buffer, sizeof buffer, left);
    if (n <= 0) break;
    received.append(buffer, static_cast<std::size_t>(n));
  }
  return received;
}

bool RawSocket::wait_closed(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  char buffer[4096];
  for (;;) {
    const auto left =
        std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    const ssize_t n = read_some(fd_, buffer, sizeof buffer, left);
    if (n == 0) return true;
    if (n < 0) return false;
  }
}

ScriptedServer::ScriptedServer(Script script) {
  listen_fd_ = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr = loopback(0);
  socklen_t len = sizeof addr;
  if (listen_fd_ < 0 || bind(listen_fd_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
      listen(listen_fd_, 4) != 0 || getsockname(listen_fd_, reinterpret_cast<sockaddr*>(&addr), &len) != 0) {
    throw std::runtime_error("scripted server cannot listen on 127.0.0.1");
  }
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([this, script = std::move(script)] {
    const int fd = accept(listen_fd_, nullptr, nullptr);
    if (fd < 0) return;  // shut down before anyone connected
    no_delay(fd);
    RawSocket peer(fd);
    script(peer);
  });
}

ScriptedServer::~ScriptedServer() {
  shutdown(listen_fd_, SHUT_RDWR);  // wakes a pending accept()
  thread_.join();
  ::close(listen_fd_);
}

}  // namespace ihe::net::test
