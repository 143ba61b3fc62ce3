#include "actors/order_filler/order_filler.h"

#include <fmt/core.h>

#include "actors/net/dicom/scp/dicom_server.h"
#include "actors/order_filler/rad_005_worklist.h"
#include "actors/order_filler/rad_006_007_mpps.h"
#include "actors/order_filler/seed_loader.h"

namespace ihe::actors {
namespace {

// PS3.4 K.4 and F.3 (Annex A of PS3.6 lists both UIDs).
constexpr const char* kModalityWorklistFind = "1.2.840.10008.5.1.4.31";
constexpr const char* kMpps = "1.2.840.10008.3.1.2.3.3";

}  // namespace

OrderFiller::OrderFiller(OrderFillerConfig config, FaultSwitches faults, TransactionLog& log)
    : config_(std::move(config)),
      faults_(std::move(faults)),
      log_(log),
      workflow_(store_, config_.scheduling) {
  if (config_.seed_file) load_seed(*config_.seed_file, store_, today_as_da());
  worklist_ = std::make_unique<Rad5ModalityWorklist>(store_, faults_, log_);
  mpps_ = std::make_unique<Rad6Rad7MppsReceiver>(workflow_, faults_, log_);

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
}

void OrderFiller::stop() {
  if (server_) server_->stop();
}

std::uint16_t OrderFiller::port() const {
  return server_->port();
}

std::string OrderFiller::describe() const {
  return fmt::format("order-filler {} on DICOM port {} (MWL, MPPS), {} worklist item(s)", config_.ae_title,
                     server_->running() ? server_->port() : config_.dicom_port, store_.worklist().size());
}

}  // namespace ihe::actors
