#include "actors/order_filler/order_filler.h"

#include <fmt/core.h>

#include "actors/common/hl7_link/hl7_receiver.h"
#include "actors/net/dicom/scp/dicom_server.h"
#include "actors/order_filler/change_messages.h"
#include "actors/order_filler/faults.h"
#include "actors/order_filler/hl7_inbound.h"
#include "actors/order_filler/rad_005_worklist.h"
#include "actors/order_filler/rad_006_007_mpps.h"
#include "actors/order_filler/seed_loader.h"

namespace ihe::actors {
namespace {

// PS3.4 K.4 and F.3 (Annex A of PS3.6 lists both UIDs).
constexpr const char* kModalityWorklistFind = "1.2.840.10008.5.1.4.31";
constexpr const char* kMpps = "1.2.840.10008.3.1.2.3.3";

// We are the sender: our MSH-3/4 and version whatever the peer element said, and MSH-5/6 never empty
// (R in 2.5.1, RAD TF-2 2.4.2 MSH): the peer's role and our facility when the configuration names none.
Hl7PeerSettings as_sender(Hl7PeerSettings peer, const OrderFillerHl7Config& own, std::string_view role) {
  peer.sending_application = own.application;
  peer.sending_facility = own.facility;
  peer.version = own.version;
  if (peer.receiving_application.empty()) peer.receiving_application = std::string(role);
  if (peer.receiving_facility.empty()) peer.receiving_facility = own.facility;
  return peer;
}

}  // namespace

OrderFiller::OrderFiller(OrderFillerConfig config, FaultSwitches faults, TransactionLog& log)
    : config_(std::move(config)),
      faults_(std::move(faults)),
      log_(log),
      workflow_(store_, config_.scheduling),
      outbox_(ids_, log_) {
  if (config_.seed_file) load_seed(*config_.seed_file, store_, today_as_da());
  worklist_ = std::make_unique<Rad5ModalityWorklist>(store_, faults_, log_);
  mpps_ = std::make_unique<Rad6Rad7MppsReceiver>(workflow_, faults_, log_);
  if (config_.hl7) {
    const auto& hl7 = *config_.hl7;
    if (hl7.order_placer)
      outbox_.add_peer(Hl7Peer::OrderPlacer, as_sender(*hl7.order_placer, hl7, "ORDER_PLACER"));
    if (hl7.image_manager)
      outbox_.add_peer(Hl7Peer::ImageManager, as_sender(*hl7.image_manager, hl7, "IMAGE_MANAGER"));
    outbox_.on_number_assigned([this](const std::string& filler, const std::string& placer) {
      workflow_.assign_placer_number(filler, placer);
    });
    workflow_.subscribe([this](const OrderChange& change) {
      for (auto& message : messages_for(change, faults_, config_.hl7->version))
        outbox_.post(std::move(message));
    });
  }

  net::HandlerRegistry registry;
  registry.on_find(kModalityWorklistFind, [this](const net::FindRequest& r) { return (*worklist_)(r); });
  registry.on_n(net::DimseCommand::NCreate, kMpps,
                [this](const net::NRequest& r) { return mpps_->n_create(r); });
  registry.on_n(net::DimseCommand::NSet, kMpps, [this](const net::NRequest& r) { return mpps_->n_set(r); });
  net::ServerConfig server;
  server.ae_titles = {config_.ae_title};
  server.port = config_.dicom_port;
  server.allowed_calling_aes = config_.allowed_calling_aes;
  server.idle_timeout = config_.idle_timeout;
  server_ = std::make_unique<net::DicomServer>(std::move(server), std::move(registry));
}

OrderFiller::~OrderFiller() {
  stop();
}

void OrderFiller::start() {
  server_->start();
  if (!config_.hl7 || hl7_) return;
  const auto& hl7 = *config_.hl7;
  Hl7ReceiverSettings settings;  // with the receiver's idle timeout
  settings.address = hl7.address;
  settings.port = hl7.port;
  settings.application = hl7.application;
  settings.facility = hl7.facility;
  settings.version = hl7.version;
  hl7_ = std::make_unique<Hl7Receiver>(settings, ids_, &log_);
  serve_patient_events(*hl7_, workflow_, faults_);
  serve_placer_orders(*hl7_, workflow_, hl7, faults_);
  Hl7ReceiverFaults receiver_faults;
  receiver_faults.never_answer = faults_.on(order_filler_fault::kNeverAnswer);
  receiver_faults.answer_ae = faults_.on(order_filler_fault::kAnswerAe);
  hl7_->set_faults(receiver_faults);
  outbox_.start();
  hl7_->start();
}

void OrderFiller::stop() {
  if (hl7_) hl7_->stop();
  outbox_.stop();
  if (server_) server_->stop();
}

std::uint16_t OrderFiller::hl7_port() const {
  return hl7_ ? hl7_->port() : 0;
}

std::uint16_t OrderFiller::port() const {
  return server_->port();
}

std::string OrderFiller::describe() const {
  auto text = fmt::format("order-filler {} on DICOM port {} (MWL, MPPS)", config_.ae_title,
                          server_->running() ? server_->port() : config_.dicom_port);
  if (config_.hl7)
    text += fmt::format(", HL7 port {} (RAD-1, RAD-2 {}, RAD-12)", hl7_ ? hl7_->port() : config_.hl7->port,
                        config_.hl7->legacy() ? "ORM^O01" : "OMG^O19");
  return text + fmt::format(", {} worklist item(s)", store_.worklist().size());
}

}  // namespace ihe::actors
