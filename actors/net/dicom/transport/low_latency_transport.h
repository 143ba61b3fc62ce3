#pragma once

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmnet/dcmlayer.h>
#include <dcmtk/dcmnet/dcmtrans.h>

namespace ihe::net {

// Debian's DCMTK leaves Nagle's algorithm on, and the kernel delays ACKs: a small C-STORE then waits for
// the delayed-ACK timer on every PDU (about 88 ms per store measured here). This connection sets
// TCP_NODELAY once and TCP_QUICKACK before every read (the kernel clears QUICKACK after it acts on it).
class LowLatencyTcpConnection : public DcmTCPConnection {
 public:
  explicit LowLatencyTcpConnection(DcmNativeSocketType socket);
  ssize_t read(void* buf, size_t nbyte) override;
};

// Installed on every association we open or accept, SCU side through DcmSCU::useSecureConnection (after
// initNetwork) and SCP side through DcmSCPConfig::setTransportLayer. DCMTK only calls a transport layer for
// "secure" connections, so it ignores the flag and always hands out a plain TCP connection.
class LowLatencyTransportLayer : public DcmTransportLayer {
 public:
  DcmTransportConnection* createConnection(DcmNativeSocketType socket, OFBool use_secure_layer) override;
};

}  // namespace ihe::net
