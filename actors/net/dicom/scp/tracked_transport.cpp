#include "actors/net/dicom/scp/tracked_transport.h"

#include <sys/socket.h>

namespace ihe::net {

void ConnectionRegistry::add(DcmNativeSocketType socket) {
  const std::lock_guard lock(mutex_);
  sockets_.insert(socket);
}

void ConnectionRegistry::remove(DcmNativeSocketType socket) {
  const std::lock_guard lock(mutex_);
  sockets_.erase(socket);
}

void ConnectionRegistry::shutdown_all() {
  const std::lock_guard lock(mutex_);
  for (const auto socket : sockets_) (void)::shutdown(socket, SHUT_RDWR);
}

TrackedTcpConnection::TrackedTcpConnection(DcmNativeSocketType socket, ConnectionRegistry& registry)
    : LowLatencyTcpConnection(socket), registry_(registry), socket_(socket) {
  registry_.add(socket_);
}

TrackedTcpConnection::~TrackedTcpConnection() { forget(); }

void TrackedTcpConnection::close() {
  forget();
  LowLatencyTcpConnection::close();
}

void TrackedTcpConnection::closeTransportConnection() {
  forget();
  LowLatencyTcpConnection::closeTransportConnection();
}

void TrackedTcpConnection::forget() {
  if (!listed_) return;
  registry_.remove(socket_);
  listed_ = false;
}

DcmTransportConnection* TrackingTransportLayer::createConnection(DcmNativeSocketType socket,
                                                                 OFBool /*use_secure_layer*/) {
  return new TrackedTcpConnection(socket, registry_);
}

}  // namespace ihe::net
