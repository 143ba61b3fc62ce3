// The SCP against peers that misbehave (silent, garbage, abort or close mid-C-STORE), a clean stop with a
// peer connected, a port already in use, and the low-latency socket options on accepted connections.
#include <gtest/gtest.h>

#include <dirent.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>

#include "base/harness_error.h"
#include "tests/component/dicom_scp/scp_test_support.h"
#include "tests/component/dicom_scp/scripted_peer.h"

namespace ihe::test {
namespace {

using net::ScpEventKind;
using Peer = ScriptedPeer;

std::string dump(EventLog& log) {
  std::string text;
  for (const auto& e : log.events()) text += std::string(net::to_string(e.kind)) + " " + e.detail + "\n";
  return text;
}

bool echo_works(std::uint16_t port) {
  Peer peer(port);
  if (peer.associate("MODALITY1", "HARNESS", {{1, kVerification}}).pdu_type != 0x02) return false;
  peer.send_message(1, {{0x0002, Peer::ui(kVerification)}, {0x0100, Peer::us(0x0030)}, {0x0110, Peer::us(1)}});
  const auto rsp = peer.receive_message();
  return rsp && rsp->us(0x0900) == 0 && peer.release();
}

net::HandlerRegistry counting_store(std::atomic<int>& calls) {
  net::HandlerRegistry registry;
  registry.on_store(kSecondaryCapture, [&calls](const net::StoreRequest&) {
    ++calls;
    return net::dimse_status::success;
  });
  return registry;
}

TEST(DicomScpRobustness, ASilentClientDoesNotBlockTheNextAssociation) {
  EventLog log;
  net::ServerConfig config;
  config.association_request_timeout = std::chrono::seconds(1);
  auto server = start_server(config, {}, log);
  Peer silent(server->port());  // connects and never sends a byte
  EXPECT_TRUE(echo_works(server->port()));
  EXPECT_TRUE(silent.closed_by_server(std::chrono::seconds(5)));  // ARTIM: dropped, not kept forever
}

TEST(DicomScpRobustness, GarbageIsReportedAndTheServerKeepsServing) {
  EventLog log;
  auto server = start_server({}, {}, log);
  {
    Peer garbage(server->port());
    garbage.send_raw({'G', 'E', 'T', ' ', '/', ' ', 'H', 'T', 'T', 'P', '/', '1', '.', '1', '\r', '\n', '\r', '\n'});
    EXPECT_TRUE(garbage.closed_by_server(std::chrono::seconds(5)));
  }
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::AssociationAborted && e.detail.find("no valid A-ASSOCIATE-RQ") == 0;
  }));
  EXPECT_TRUE(echo_works(server->port()));
}

void abort_mid_store(bool send_abort_pdu) {
  std::atomic<int> calls{0};
  EventLog log;
  auto server = start_server({}, counting_store(calls), log);
  {
    Peer peer(server->port());
    ASSERT_EQ(peer.associate("MODALITY1", "HARNESS", {{1, kSecondaryCapture}}).pdu_type, 0x02);
    // C-STORE-RQ announcing a data set (0x0000), then only the first fragment of it.
    peer.send_message(1, {{0x0002, Peer::ui(kSecondaryCapture)}, {0x0100, Peer::us(0x0001)}, {0x0110, Peer::us(1)},
                          {0x0700, Peer::us(0)}, {0x1000, Peer::ui("1.2.3.4.5.6")}, {0x0800, Peer::us(0x0000)}});
    peer.send_raw(Peer::pdata(1, false, false, Peer::element(0x0008, 0x0016, kSecondaryCapture)));
    if (send_abort_pdu) peer.send_raw(Peer::abort_pdu());
  }  // closes the socket
  EXPECT_TRUE(log.wait_for_kind(ScpEventKind::AssociationAborted));
  EXPECT_EQ(calls.load(), 0);
  EXPECT_TRUE(echo_works(server->port()));
}

TEST(DicomScpRobustness, AnAbortMidCStoreIsReportedAndTheServerKeepsServing) { abort_mid_store(true); }

TEST(DicomScpRobustness, AConnectionClosedMidCStoreIsReportedAndTheServerKeepsServing) { abort_mid_store(false); }

TEST(DicomScpRobustness, StopReturnsPromptlyWithAnIdleAssociationAndASilentConnection) {
  EventLog log;
  net::ServerConfig config;
  config.idle_timeout = std::chrono::seconds(120);  // stop must not wait for it
  auto server = start_server(config, {}, log);
  Peer idle(server->port());
  ASSERT_EQ(idle.associate("MODALITY1", "HARNESS", {{1, kVerification}}).pdu_type, 0x02);
  Peer silent(server->port());
  const auto started = std::chrono::steady_clock::now();
  server->stop();
  EXPECT_LT(std::chrono::steady_clock::now() - started, std::chrono::seconds(10));
  EXPECT_TRUE(idle.closed_by_server(std::chrono::seconds(2)));
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::AssociationAborted && e.detail == "server stopping";
  })) << dump(log);
  EXPECT_FALSE(server->running());
}

TEST(DicomScpRobustness, AnIdleAssociationIsAbortedAfterTheIdleTimeout) {
  EventLog log;
  net::ServerConfig config;
  config.idle_timeout = std::chrono::seconds(1);
  auto server = start_server(config, {}, log);
  Peer idle(server->port());
  ASSERT_EQ(idle.associate("MODALITY1", "HARNESS", {{1, kVerification}}).pdu_type, 0x02);
  EXPECT_EQ(idle.next_pdu_type(std::chrono::seconds(5)), std::optional<std::uint8_t>(0x07));  // A-ABORT
  EXPECT_TRUE(log.wait_for([](const net::ScpEvent& e) {
    return e.kind == ScpEventKind::AssociationAborted && e.detail == "no PDU within the idle timeout of 1 s";
  })) << dump(log);
}

TEST(DicomScpRobustness, APortInUseIsAHarnessErrorNamingThePort) {
  const int holder = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_ANY);
  ASSERT_EQ(::bind(holder, reinterpret_cast<sockaddr*>(&address), sizeof address), 0);
  ASSERT_EQ(::listen(holder, 1), 0);
  socklen_t length = sizeof address;
  ::getsockname(holder, reinterpret_cast<sockaddr*>(&address), &length);
  const std::uint16_t port = ntohs(address.sin_port);
  net::ServerConfig config;
  config.port = port;
  net::DicomServer server(config, {});
  try {
    server.start();
    ADD_FAILURE() << "start() succeeded on a port in use";
  } catch (const HarnessError& e) {
    EXPECT_NE(std::string(e.what()).find("port " + std::to_string(port)), std::string::npos) << e.what();
    EXPECT_EQ(std::string(e.what()).find('\n'), std::string::npos);
  }
  ::close(holder);
}

// The accepted socket lives in this process: find it by its addresses and read its options.
int server_side_nodelay(std::uint16_t server_port, int client_fd) {
  sockaddr_in client{};
  socklen_t length = sizeof client;
  ::getsockname(client_fd, reinterpret_cast<sockaddr*>(&client), &length);
  DIR* fds = ::opendir("/proc/self/fd");
  int result = -1;
  while (dirent* entry = fds ? ::readdir(fds) : nullptr) {
    const int fd = std::atoi(entry->d_name);
    sockaddr_in local{}, peer{};
    socklen_t l1 = sizeof local, l2 = sizeof peer;
    if (fd == client_fd || ::getsockname(fd, reinterpret_cast<sockaddr*>(&local), &l1) != 0 ||
        ::getpeername(fd, reinterpret_cast<sockaddr*>(&peer), &l2) != 0 || local.sin_family != AF_INET)
      continue;
    if (ntohs(local.sin_port) == server_port && peer.sin_port == client.sin_port) {
      int value = 0;
      socklen_t size = sizeof value;
      if (::getsockopt(fd, IPPROTO_TCP, TCP_NODELAY, &value, &size) == 0) result = value;
    }
  }
  if (fds) ::closedir(fds);
  return result;
}

TEST(DicomScpRobustness, AcceptedAssociationsUseTheLowLatencyTransport) {
  EventLog log;
  auto server = start_server({}, {}, log);
  Peer peer(server->port());
  ASSERT_EQ(peer.associate("MODALITY1", "HARNESS", {{1, kVerification}}).pdu_type, 0x02);
  EXPECT_GT(server_side_nodelay(server->port(), peer.socket()), 0);  // TCP_NODELAY set by our connection class
}

}  // namespace
}  // namespace ihe::test
