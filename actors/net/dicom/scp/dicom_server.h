#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "actors/net/dicom/scp/handler_registry.h"
#include "actors/net/dicom/scp/scp_events.h"

namespace ihe::net {

struct ServerConfig {
  // Called AE titles we answer to; any other called AE gets A-ASSOCIATE-RJ "called AE title not recognized"
  // (PS3.8 9.3.4, reason 7). Must not be empty.
  std::vector<std::string> ae_titles{"HARNESS"};
  // 0: a free port is picked at start() (read it back with DicomServer::port()).
  std::uint16_t port = 0;
  // Empty: any calling AE. Otherwise an unknown calling AE gets "calling AE title not recognized" (reason 3).
  std::vector<std::string> allowed_calling_aes;
  // Offered for every accepted abstract syntax, in order of preference. Empty: Explicit VR Little Endian,
  // Implicit VR Little Endian, Explicit VR Big Endian (PS3.5 A.1-A.3).
  std::vector<std::string> transfer_syntaxes;
  // ARTIM (PS3.8 9.1.5): how long a connected peer may take to send its A-ASSOCIATE-RQ. DCMTK reads the
  // request on the accepting thread, so a silent peer delays the next association by up to this long.
  std::chrono::seconds association_request_timeout{5};
  // An association with no PDU for this long is aborted (a silent peer must not hold a thread forever).
  std::chrono::seconds idle_timeout{30};
  // Used for outgoing associations of C-MOVE sub-operations: connect, ACSE and DIMSE deadlines.
  std::chrono::seconds outgoing_timeout{10};
  std::size_t max_associations = 16;
  // C-MOVE destinations by AE title (PS3.4 C.4.2.1.4: the SCP must know where a Move Destination listens).
  std::map<std::string, RemoteAe> remote_aes;
  // Where StoreDelivery::File handlers get their files; created on start(). Empty: the system temp folder.
  std::filesystem::path storage_directory;
};

// A DICOM SCP: one listening thread, one thread per association (up to max_associations, then
// A-ASSOCIATE-RJ transient "local limit exceeded"), dispatching every DIMSE request through a
// HandlerRegistry keyed by (command, SOP class). Unregistered combinations get a proper failure status,
// never a dropped association.
//
// DCMTK cannot bind a single address: the server listens on 0.0.0.0 (all interfaces), not only on
// 127.0.0.1. Tests keep traffic on loopback; a hard guarantee needs a network namespace (targets.md 9).
class DicomServer {
 public:
  DicomServer(ServerConfig config, HandlerRegistry registry);
  ~DicomServer();  // stop()
  DicomServer(const DicomServer&) = delete;
  DicomServer& operator=(const DicomServer&) = delete;

  // Call before start(); observers see every event of every association.
  void subscribe(ScpObserver observer);

  // Binds and starts listening. The port already in use (or any bind failure) is a HarnessError naming the
  // port. Calling start() twice is a HarnessError.
  void start();
  // The port we listen on (the one picked at start() when the config said 0).
  std::uint16_t port() const;
  // Stops accepting, ends every open association by shutting its TCP connection down (the peer sees the
  // connection close; observers get AssociationAborted "server stopping") and joins every thread. Returns
  // promptly even with idle or silent peers connected; it does wait for handlers that are running.
  // Idempotent.
  void stop();
  bool running() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ihe::net
