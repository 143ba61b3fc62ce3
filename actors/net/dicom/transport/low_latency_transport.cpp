#include "actors/net/dicom/transport/low_latency_transport.h"

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace ihe::net {
namespace {

void set_option(DcmNativeSocketType socket, int option) {
  const int on = 1;
  // Best effort: a socket that refuses the option still works, only slower.
  (void)setsockopt(socket, IPPROTO_TCP, option, &on, sizeof on);
}

}  // namespace

LowLatencyTcpConnection::LowLatencyTcpConnection(DcmNativeSocketType socket) : DcmTCPConnection(socket) {
  set_option(socket, TCP_NODELAY);
}

ssize_t LowLatencyTcpConnection::read(void* buf, size_t nbyte) {
  set_option(getSocket(), TCP_QUICKACK);
  return DcmTCPConnection::read(buf, nbyte);
}

DcmTransportConnection* LowLatencyTransportLayer::createConnection(DcmNativeSocketType socket,
                                                                   OFBool /*use_secure_layer*/) {
  return new LowLatencyTcpConnection(socket);
}

}  // namespace ihe::net
