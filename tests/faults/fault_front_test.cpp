// The fault front on loopback, one mode at a time, with a raw socket as the harness and an echo server
// as the actor behind it: each mode does to the client exactly the defect it names.
#include <arpa/inet.h>
#include <gtest/gtest.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <string>
#include <thread>

#include "actors/common/transport_faults/fault_front.h"
#include "tests/support/net_util.h"

namespace ihe::actors {
namespace {

int connect_to(std::uint16_t port) {
  const int fd = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  timeval two_seconds{2, 0};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &two_seconds, sizeof two_seconds);
  if (connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

// Reads what one recv gives: the bytes, "" for end of stream or reset, "<timeout>" when nothing came in time.
std::string receive(int fd) {
  char buffer[256];
  const auto n = recv(fd, buffer, sizeof buffer, 0);
  if (n < 0) return errno == EAGAIN || errno == EWOULDBLOCK ? "<timeout>" : "";
  return std::string(buffer, static_cast<std::size_t>(n));
}

void send_text(int fd, const std::string& text) {
  ASSERT_EQ(send(fd, text.data(), text.size(), 0), static_cast<ssize_t>(text.size()));
}

// The actor: echoes everything back, one connection at a time.
class EchoServer {
 public:
  EchoServer() : fd_(socket(AF_INET, SOCK_STREAM, 0)) {
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(port_);
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    bind(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address);
    listen(fd_, 4);
    thread_ = std::thread([this] {
      const int c = accept(fd_, nullptr, nullptr);
      if (c < 0) return;
      char buffer[256];
      for (ssize_t n; (n = recv(c, buffer, sizeof buffer, 0)) > 0;)
        send(c, buffer, static_cast<std::size_t>(n), 0);
      close(c);
    });
  }
  ~EchoServer() {
    shutdown(fd_, SHUT_RDWR);
    close(fd_);
    thread_.join();
  }
  std::uint16_t port() const { return port_; }

 private:
  std::uint16_t port_ = test::free_port();
  int fd_;
  std::thread thread_;
};

class FaultFrontTest : public ::testing::Test {
 protected:
  int start(TransportFault fault) {
    front_ = std::make_unique<FaultFront>(FaultFrontConfig{.fault = fault,
                                                           .port = port_,
                                                           .upstream_port = echo_.port(),
                                                           .drip_bytes = 4,
                                                           .drip_interval = std::chrono::milliseconds(300)});
    front_->start();
    return connect_to(port_);
  }
  void TearDown() override {
    if (fd_ >= 0) close(fd_);
  }

  EchoServer echo_;
  std::uint16_t port_ = test::free_port();
  std::unique_ptr<FaultFront> front_;
  int fd_ = -1;
};

TEST_F(FaultFrontTest, RefuseListensNowhere) {
  fd_ = start(TransportFault::refuse);
  EXPECT_EQ(fd_, -1);
}

TEST_F(FaultFrontTest, SilentAcceptsAndNeverAnswers) {
  fd_ = start(TransportFault::silent);
  ASSERT_GE(fd_, 0);
  send_text(fd_, "hello");
  EXPECT_EQ(receive(fd_), "<timeout>");
}

TEST_F(FaultFrontTest, AssociateRejectAnswersTheRejectPduAndCloses) {
  fd_ = start(TransportFault::associate_reject);
  ASSERT_GE(fd_, 0);
  send_text(fd_, std::string("\x01\x00\x00\x00\x00\x04"
                             "abcd",
                             10));
  EXPECT_EQ(receive(fd_), std::string("\x03\x00\x00\x00\x00\x04\x00\x01\x01\x01", 10));
  EXPECT_EQ(receive(fd_), "");
}

TEST_F(FaultFrontTest, GarbageAnswersBytesNoPduStartsWith) {
  fd_ = start(TransportFault::garbage);
  ASSERT_GE(fd_, 0);
  send_text(fd_, "hello");
  const auto answer = receive(fd_);
  ASSERT_FALSE(answer.empty());
  EXPECT_EQ(static_cast<unsigned char>(answer[0]), 0xEE);
  EXPECT_EQ(answer.find('\x0b'), std::string::npos);
}

TEST_F(FaultFrontTest, AbortRelaysTheFirstExchangeThenClosesOnTheNext) {
  fd_ = start(TransportFault::abort);
  ASSERT_GE(fd_, 0);
  send_text(fd_, "first");
  EXPECT_EQ(receive(fd_), "first");
  send_text(fd_, "second");
  EXPECT_EQ(receive(fd_), "");
}

TEST_F(FaultFrontTest, SlowDripHandsTheAnswerBackAFewBytesAtATime) {
  fd_ = start(TransportFault::slow_drip);
  ASSERT_GE(fd_, 0);
  send_text(fd_, "0123456789ab");
  std::string got;
  std::size_t reads = 0;
  while (got.size() < 12) {
    const auto part = receive(fd_);
    ASSERT_FALSE(part.empty() || part == "<timeout>") << got;
    EXPECT_LE(part.size(), 4u);
    got += part;
    ++reads;
  }
  EXPECT_EQ(got, "0123456789ab");
  EXPECT_GE(reads, 3u);
}

TEST_F(FaultFrontTest, StopEndsEveryHeldConnection) {
  fd_ = start(TransportFault::silent);
  ASSERT_GE(fd_, 0);
  front_->stop();
  EXPECT_EQ(receive(fd_), "");
}

TEST(TransportFaultCatalog, EveryFaultHasAUniqueNameFoundAgain) {
  for (const auto& f : transport_faults()) EXPECT_EQ(transport_fault_named(f.name), f.fault) << f.name;
  EXPECT_EQ(transport_faults().size(), 6u);
  EXPECT_FALSE(transport_fault_named("transport-nothing").has_value());
}

}  // namespace
}  // namespace ihe::actors
