#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dcmlayer.h>

#include <mutex>
#include <set>

#include "actors/net/dicom/transport/low_latency_transport.h"

namespace ihe::net {

// The sockets of the associations a server accepted. DCMTK's DIMSE reads block in select() for up to the
// idle timeout; stop() must not wait that long for a silent peer, so it shuts the sockets down and every
// blocked read returns at once (DUL_NETWORKCLOSED), ending its association thread.
class ConnectionRegistry {
 public:
  void add(DcmNativeSocketType socket);
  void remove(DcmNativeSocketType socket);
  void shutdown_all();

 private:
  std::mutex mutex_;
  std::set<DcmNativeSocketType> sockets_;
};

// A low-latency connection that is listed in a ConnectionRegistry while its socket is open. It leaves the
// registry before DCMTK closes the descriptor, so shutdown_all() never touches a reused descriptor.
class TrackedTcpConnection : public LowLatencyTcpConnection {
 public:
  TrackedTcpConnection(DcmNativeSocketType socket, ConnectionRegistry& registry);
  ~TrackedTcpConnection() override;
  void close() override;
  void closeTransportConnection() override;

 private:
  void forget();
  ConnectionRegistry& registry_;
  DcmNativeSocketType socket_;
  bool listed_ = true;
};

// Installed with ASC_setTransportLayer on the server's network; ASC_receiveAssociation must then be called
// with useSecureLayer = true, the only case in which DCMTK asks a transport layer for the connection.
class TrackingTransportLayer : public DcmTransportLayer {
 public:
  explicit TrackingTransportLayer(ConnectionRegistry& registry) : registry_(registry) {}
  DcmTransportConnection* createConnection(DcmNativeSocketType socket, OFBool use_secure_layer) override;

 private:
  ConnectionRegistry& registry_;
};

}  // namespace ihe::net
