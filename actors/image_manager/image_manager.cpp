#include "actors/image_manager/image_manager.h"

#include "actors/common/hl7_link/hl7_receiver.h"
#include "actors/image_manager/context.h"
#include "actors/net/dicom/scp/dicom_server.h"

namespace ihe::actors::image_manager {
namespace {

net::ServerConfig server_config(const Context& context) {
  net::ServerConfig server;
  server.ae_titles = {context.config.ae_title};
  server.port = context.config.port;
  server.allowed_calling_aes = context.config.allowed_calling_aes;
  server.storage_directory = context.archive.incoming_folder();
  server.outgoing_timeout = context.config.outgoing_timeout;
  for (const auto& [ae, peer] : context.config.peers)
    server.remote_aes[ae] = {peer.ae_title, peer.host, peer.port};
  return server;
}

// Association refusals and report deliveries happen in the server; they are transactions too.
void publish_server_events(const net::ScpEvent& event, Context& context) {
  const auto& who = event.association;
  if (event.kind == net::ScpEventKind::AssociationRejected)
    context.publish("ASSOCIATE", who, "A-ASSOCIATE-RQ to " + who.called_ae, "rejected: " + event.detail);
  else if (event.kind == net::ScpEventKind::ResponseReceived &&
           event.command == net::DimseCommand::NEventReport)
    context.publish("RAD-10", who, "N-EVENT-REPORT storage commitment result",
                    event.detail.empty() ? hex_status(event.status) : event.detail);
}

}  // namespace

ImageManager::ImageManager(ImageManagerConfig config, FaultSwitches faults, TransactionLog& log)
    : context_(std::make_unique<Context>(std::move(config), std::move(faults), log)) {}

ImageManager::~ImageManager() {
  stop();
}

void ImageManager::start() {
  context_->archive.reload();
  net::HandlerRegistry registry;
  register_storage(registry, *context_);
  register_mpps(registry, *context_);
  register_storage_commitment(registry, *context_);
  register_query(registry, *context_);
  register_retrieve(registry, *context_);
  server_ = std::make_unique<net::DicomServer>(server_config(*context_), std::move(registry));
  server_->subscribe([this](const net::ScpEvent& event) { publish_server_events(event, *context_); });
  context_->outbox.start();
  server_->start();
  if (const auto& hl7 = context_->config.hl7) {
    hl7_ =
        std::make_unique<Hl7Receiver>(Hl7ReceiverSettings{hl7->address, hl7->port, hl7->identity.application,
                                                          hl7->identity.facility, hl7->identity.version},
                                      context_->ids, &context_->log);
    register_hl7(*hl7_, *context_);
    hl7_->start();
  }
}

void ImageManager::stop() {
  if (hl7_) hl7_->stop();
  if (server_) server_->stop();
  context_->outbox.stop();
}

std::string ImageManager::describe() const {
  return "Image Manager/Image Archive " + context_->config.ae_title + " on DICOM port " +
         std::to_string(port()) + (hl7_ ? ", HL7 port " + std::to_string(hl7_port()) : "") + ", archive " +
         context_->config.storage_folder.string() + " (" +
         std::to_string(context_->archive.instances().size()) + " instances)";
}

std::uint16_t ImageManager::port() const {
  return server_ ? server_->port() : context_->config.port;
}
std::uint16_t ImageManager::hl7_port() const {
  return hl7_ ? hl7_->port() : 0;
}
const ArchiveIndex& ImageManager::archive() const {
  return context_->archive;
}
Reconciliation& ImageManager::reconciliation() {
  return context_->reconciliation;
}
std::optional<mpps::MppsInstance> ImageManager::find_mpps(const std::string& sop_instance_uid) const {
  return context_->mpps.find(sop_instance_uid);
}

}  // namespace ihe::actors::image_manager
