#include "actors/net/dicom/scp/dicom_server.h"

#include <dcmtk/config/osconfig.h>
#include <dcmtk/dcmdata/dcuid.h>
#include <dcmtk/dcmnet/assoc.h>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <algorithm>
#include <condition_variable>
#include <list>
#include <mutex>
#include <thread>

#include "actors/net/dicom/scp/association_worker.h"
#include "actors/net/dicom/scp/server_context.h"
#include "actors/net/dicom/scp/tracked_transport.h"
#include "actors/net/dicom/transport/condition.h"
#include "base/harness_error.h"

namespace ihe::net {
namespace {

// ASC_receiveAssociation's poll period in seconds: how long a stop may wait for the acceptor when the wake-up
// connection fails.
constexpr int accept_poll_seconds = 1;

DcmSCPConfig make_dcmtk_config(const ServerConfig& config, const HandlerRegistry& registry) {
  DcmSCPConfig dcmtk;
  dcmtk.setAETitle(config.ae_titles.front().c_str());
  dcmtk.setRespondWithCalledAETitle(OFTrue);  // several AE titles may share the port
  dcmtk.setHostLookupEnabled(OFFalse);
  dcmtk.setDIMSEBlockingMode(DIMSE_NONBLOCKING);
  dcmtk.setDIMSETimeout(static_cast<Uint32>(config.idle_timeout.count()));
  dcmtk.setACSETimeout(static_cast<Uint32>(config.idle_timeout.count()));
  OFList<OFString> syntaxes;
  for (const auto& ts : config.transfer_syntaxes) syntaxes.push_back(ts.c_str());
  if (syntaxes.empty()) {
    syntaxes.push_back(UID_LittleEndianExplicitTransferSyntax);
    syntaxes.push_back(UID_LittleEndianImplicitTransferSyntax);
    syntaxes.push_back(UID_BigEndianExplicitTransferSyntax);
  }
  auto classes = registry.sop_classes();
  if (std::find(classes.begin(), classes.end(), UID_VerificationSOPClass) == classes.end())
    classes.emplace_back(UID_VerificationSOPClass);
  // SCUSCP: a requestor proposing the SCP role (a storage commitment report, PS3.4 J.3.3.1.2) gets it
  // accepted, and one proposing no role selection gets no role item back (PS3.7 D.3.3.4; targets.md
  // pitfall 13). With DEFAULT, DCMTK would answer the SCP proposal with "SCU only".
  for (const auto& sop_class : classes)
    dcmtk.addPresentationContext(sop_class.c_str(), syntaxes, ASC_SC_ROLE_SCUSCP);
  return dcmtk;
}

// DCMTK 3.6.7 does not report the port the kernel picked for port 0, so we pick it: bind port 0, read it,
// release it. Another process could take it before DCMTK binds; start() then fails with a clear message.
std::uint16_t pick_free_port() {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  socklen_t length = sizeof address;
  const bool ok = fd >= 0 && ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address) == 0 &&
                  ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length) == 0;
  if (fd >= 0) ::close(fd);
  if (!ok) throw HarnessError("DICOM SCP: cannot find a free TCP port for ServerConfig::port = 0");
  return ntohs(address.sin_port);
}

// Makes a blocked ASC_receiveAssociation return at once: stop() need not wait for the poll period.
void wake_acceptor(std::uint16_t port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return;
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  (void)::connect(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
  ::close(fd);
}

void drop(T_ASC_Association*& association) {
  if (association == nullptr) return;
  ASC_dropSCPAssociation(association);
  ASC_destroyAssociation(&association);
}

}  // namespace

struct DicomServer::Impl {
  ServerContext context;
  ConnectionRegistry connections;
  TrackingTransportLayer transport{connections};
  DcmSharedSCPConfig dcmtk_config;
  T_ASC_Network* network = nullptr;
  std::uint16_t port = 0;
  bool started = false;
  std::thread acceptor;
  std::mutex acceptor_mutex;
  std::condition_variable acceptor_finished;
  bool acceptor_done = false;

  struct Worker {
    std::thread thread;
    std::shared_ptr<std::atomic<bool>> done = std::make_shared<std::atomic<bool>>(false);
  };
  std::list<Worker> workers;  // touched by the acceptor thread only, and by stop() after it joined

  void accept_loop();
  void serve(T_ASC_Association* association);
  void reject_over_limit(T_ASC_Association* association);
  void reap_finished_workers();
};

void DicomServer::Impl::accept_loop() {
  while (!context.stopping) {
    T_ASC_Association* association = nullptr;
    const OFCondition c =
        ASC_receiveAssociation(network, &association, ASC_DEFAULTMAXPDU, nullptr, nullptr,
                               OFTrue /* use our transport layer */, DUL_NOBLOCK, accept_poll_seconds);
    reap_finished_workers();
    if (c.good() && !context.stopping) {
      if (workers.size() >= context.config.max_associations)
        reject_over_limit(association);
      else
        serve(association);
      continue;
    }
    if (c.bad() && c != DUL_NOASSOCIATIONREQUEST && !context.stopping) {
      ScpEvent event;
      event.kind = ScpEventKind::AssociationAborted;
      if (association != nullptr && association->params != nullptr)
        event.association.peer_address = association->params->DULparams.callingPresentationAddress;
      event.detail = std::string("no valid A-ASSOCIATE-RQ: ") + c.text();
      context.publish(event);
    }
    drop(association);
  }
}

void DicomServer::Impl::serve(T_ASC_Association* association) {
  Worker worker;
  auto done = worker.done;
  worker.thread = std::thread([this, association, done] {
    try {
      AssociationWorker scp(context);
      scp.setSharedConfig(dcmtk_config);
      scp.run(association);  // the worker's destructor drops the association
    } catch (...) {
      // AssociationWorker converts every failure into events; nothing may escape a thread.
    }
    *done = true;
  });
  workers.push_back(std::move(worker));
}

void DicomServer::Impl::reject_over_limit(T_ASC_Association* association) {
  T_ASC_RejectParameters reject{ASC_RESULT_REJECTEDTRANSIENT, ASC_SOURCE_SERVICEPROVIDER_PRESENTATION_RELATED,
                                ASC_REASON_SP_PRES_LOCALLIMITEXCEEDED};
  ASC_rejectAssociation(association, &reject);
  ScpEvent event;
  event.kind = ScpEventKind::AssociationRejected;
  event.association.calling_ae = association->params->DULparams.callingAPTitle;
  event.association.called_ae = association->params->DULparams.calledAPTitle;
  event.association.peer_address = association->params->DULparams.callingPresentationAddress;
  event.detail = "local limit exceeded";
  context.publish(event);
  drop(association);
}

void DicomServer::Impl::reap_finished_workers() {
  for (auto it = workers.begin(); it != workers.end();) {
    if (*it->done) {
      it->thread.join();
      it = workers.erase(it);
    } else {
      ++it;
    }
  }
}

DicomServer::DicomServer(ServerConfig config, HandlerRegistry registry) : impl_(std::make_unique<Impl>()) {
  if (config.ae_titles.empty()) throw HarnessError("DicomServer: ServerConfig::ae_titles is empty");
  if (config.storage_directory.empty())
    config.storage_directory = std::filesystem::temp_directory_path() / "ihe-harness-scp";
  impl_->context.config = std::move(config);
  impl_->context.registry = std::move(registry);
}

DicomServer::~DicomServer() {
  stop();
}

void DicomServer::subscribe(ScpObserver observer) {
  if (impl_->started) throw HarnessError("DicomServer::subscribe called after start()");
  impl_->context.observers.push_back(std::move(observer));
}

void DicomServer::start() {
  auto& impl = *impl_;
  if (impl.started) throw HarnessError("DicomServer::start called twice");
  quiet_dcmtk_logging();
  const auto& config = impl.context.config;
  std::error_code ignored;
  std::filesystem::create_directories(config.storage_directory, ignored);
  impl.dcmtk_config = DcmSharedSCPConfig(make_dcmtk_config(config, impl.context.registry));
  const std::uint16_t port = config.port != 0 ? config.port : pick_free_port();
  OFCondition c = ASC_initializeNetwork(
      NET_ACCEPTOR, port, static_cast<int>(config.association_request_timeout.count()), &impl.network);
  if (c.bad())
    throw HarnessError("DICOM SCP cannot listen on TCP port " + std::to_string(port) +
                       " (port already in use or not permitted): " + c.text());
  c = ASC_setTransportLayer(impl.network, &impl.transport, 0 /* we keep ownership */);
  if (c.bad()) {
    ASC_dropNetwork(&impl.network);
    throw HarnessError(std::string("DICOM SCP: cannot install the TCP transport layer: ") + c.text());
  }
  impl.port = port;
  impl.started = true;
  impl.acceptor = std::thread([&impl] {
    impl.accept_loop();
    const std::lock_guard lock(impl.acceptor_mutex);
    impl.acceptor_done = true;
    impl.acceptor_finished.notify_all();
  });
}

std::uint16_t DicomServer::port() const {
  return impl_->port;
}

bool DicomServer::running() const {
  return impl_->started && !impl_->context.stopping;
}

void DicomServer::stop() {
  auto& impl = *impl_;
  if (!impl.started || impl.context.stopping.exchange(true)) return;
  // A silent peer may hold the acceptor in its A-ASSOCIATE-RQ read, and connections still queued in the
  // backlog get accepted one after the other: shut every socket down (ending those reads and every blocked
  // DIMSE read of an idle association) and wake the acceptor until it has left its loop.
  std::unique_lock lock(impl.acceptor_mutex);
  while (!impl.acceptor_done) {
    impl.connections.shutdown_all();
    wake_acceptor(impl.port);
    impl.acceptor_finished.wait_for(lock, std::chrono::milliseconds(50));
  }
  lock.unlock();
  impl.acceptor.join();
  ASC_dropNetwork(&impl.network);
  impl.connections.shutdown_all();  // anything accepted while the acceptor was finishing
  for (auto& worker : impl.workers) worker.thread.join();
  impl.workers.clear();
}

}  // namespace ihe::net
