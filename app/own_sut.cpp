#include "app/own_sut.h"

#include <fmt/core.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <mutex>
#include <set>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/acquisition_modality/faults.h"
#include "actors/image_manager/faults.h"
#include "actors/image_manager/image_manager.h"
#include "actors/order_filler/faults.h"
#include "actors/order_filler/order_filler.h"
#include "app/modality_operator.h"
#include "base/harness_error.h"

namespace ihe::app {
namespace {

reports::DicomService loopback(std::string ae_title) {
  return {std::move(ae_title), "127.0.0.1", free_port()};
}

reports::Hl7Service hl7_loopback(std::string application, std::string facility) {
  return {"127.0.0.1", free_port(), std::move(application), std::move(facility), "2.5.1"};
}

actors::Endpoint endpoint_of(const reports::DicomService& service) {
  return {service.ae_title, service.host, service.port};
}

std::filesystem::path fresh_folder(const OwnSutOptions& options, const std::string& role) {
  static std::atomic<int> count{0};
  const auto parent = options.work.empty() ? std::filesystem::temp_directory_path() : options.work;
  return parent / fmt::format("ihe-own-sut-{}-{}-{}", role, getpid(), ++count);
}

actors::Hl7PeerSettings harness_peer(const reports::Hl7Service& harness, int timeout_seconds) {
  actors::Hl7PeerSettings peer;
  peer.host = harness.host;
  peer.port = harness.port;
  peer.receiving_application = harness.application;
  peer.receiving_facility = harness.facility;
  peer.timeout = std::chrono::seconds(timeout_seconds);
  return peer;
}

// The harness plays the Acquisition Modality (commitment reports to harness_dicom) and the Image Display
// (C-MOVE destination harness_storage), and sends RAD-4/12/13 to its HL7 listener (PIR-IM-*).
std::unique_ptr<actors::SimulatedActor> image_manager(reports::Target& t, const actors::FaultSwitches& faults,
                                                      const std::filesystem::path& folder,
                                                      actors::TransactionLog& log) {
  t.dicom = loopback("IMAGE_MANAGER");
  t.harness_dicom = loopback("HARNESS_MOD");
  t.harness_storage = loopback("HARNESS_STORE");
  t.hl7 = hl7_loopback("IMAGE_MANAGER", "HARNESS");
  actors::image_manager::ImageManagerConfig config;
  config.ae_title = t.dicom.ae_title;
  config.port = t.dicom.port;
  config.storage_folder = folder / "archive";
  config.peers = {{t.harness_dicom.ae_title, endpoint_of(t.harness_dicom)},
                  {t.harness_storage.ae_title, endpoint_of(t.harness_storage)}};
  config.ian_order_filler = endpoint_of(t.harness_dicom);  // the harness is also the Order Filler (RAD-49)
  config.hl7 = actors::image_manager::Hl7ListenerConfig{};
  config.hl7->port = t.hl7.port;
  return std::make_unique<actors::image_manager::ImageManager>(config, faults, log);
}

// Its HL7 side on: the harness plays ADT and Order Placer towards it and receives RAD-3/4/12/13 on one
// listener (examples/targets/order-filler.xml); it plays the Modality for the MWL query.
std::unique_ptr<actors::SimulatedActor> order_filler(reports::Target& t, const actors::FaultSwitches& faults,
                                                     actors::TransactionLog& log) {
  t.dicom = loopback("ORDER_FILLER");
  t.harness_dicom = loopback("HARNESS_MOD");
  t.hl7 = hl7_loopback("ORDER_FILLER", "HARNESS");
  t.harness_hl7 = hl7_loopback("IHE_HARNESS", "IHE");
  actors::OrderFillerConfig config;
  config.ae_title = t.dicom.ae_title;
  config.dicom_port = t.dicom.port;
  config.hl7.emplace();
  config.hl7->port = t.hl7.port;
  config.hl7->application = t.hl7.application;
  config.hl7->facility = t.hl7.facility;
  config.hl7->order_placer = harness_peer(t.harness_hl7, t.timeout_seconds);
  config.hl7->image_manager = harness_peer(t.harness_hl7, t.timeout_seconds);
  return std::make_unique<actors::OrderFiller>(config, faults, log);
}

// The harness serves it as Order Filler (MWL, MPPS on harness_dicom) and Image Manager (storage and
// commitment on harness_storage); commitment reports come to the modality's own listener.
std::unique_ptr<actors::AcquisitionModality> modality(reports::Target& t, const actors::FaultSwitches& faults,
                                                      actors::TransactionLog& log) {
  t.dicom = loopback("MODALITY1");
  t.harness_dicom = loopback("HARNESS_OF");
  t.harness_storage = loopback("HARNESS_IM");
  actors::ModalityConfig config;
  config.ae_title = t.dicom.ae_title;
  config.station.ae_title = config.ae_title;
  config.port = t.dicom.port;
  config.order_filler = endpoint_of(t.harness_dicom);
  config.image_manager = endpoint_of(t.harness_storage);
  config.commitment_deadline = std::chrono::seconds(t.timeout_seconds);
  return std::make_unique<actors::AcquisitionModality>(config, log, faults);
}

}  // namespace

std::uint16_t free_port() {
  static std::mutex mutex;
  static std::set<std::uint16_t> handed_out;
  boost::asio::io_context io;
  for (int attempt = 0; attempt < 100; ++attempt) {
    const boost::asio::ip::tcp::acceptor acceptor(io, {boost::asio::ip::make_address("127.0.0.1"), 0});
    const auto port = acceptor.local_endpoint().port();
    const std::lock_guard lock(mutex);
    if (handed_out.insert(port).second) return port;
  }
  throw HarnessError("free_port: the kernel keeps picking loopback ports this process already uses");
}

const std::vector<std::string>& OwnSut::roles() {
  static const std::vector<std::string> kRoles{"image-manager", "order-filler", "acquisition-modality"};
  return kRoles;
}

OwnSut::OwnSut(const std::string& role, const std::vector<std::string>& faults, OwnSutOptions options)
    : folder(fresh_folder(options, role)) {
  target.name = "our simulated " + role;
  target.sut_role = role;
  target.timeout_seconds = options.timeout_seconds;
  operator_fn = [](const scenarios::OperatorRequest&) {
    return scenarios::OperatorAnswer{false, "no operator step expected for this role"};
  };
  const auto& interrupted = options.interrupted ? *options.interrupted : never_interrupted_;
  if (role == "image-manager") {
    actor_ = image_manager(
        target, actors::FaultSwitches::select(actors::image_manager_faults(), faults, role), folder, log);
  } else if (role == "order-filler") {
    actor_ =
        order_filler(target, actors::FaultSwitches::select(actors::order_filler_faults(), faults, role), log);
  } else if (role == "acquisition-modality") {
    auto m = modality(
        target, actors::FaultSwitches::select(actors::acquisition_modality_faults(), faults, role), log);
    operator_fn = modality_operator(*m, interrupted);
    actor_ = std::move(m);
  } else {
    throw HarnessError("own SUT: no simulated actor for SUT role '" + role +
                       "' (image-manager, order-filler, acquisition-modality)");
  }
}

OwnSut::~OwnSut() {
  stop();
  std::error_code ignored;
  std::filesystem::remove_all(folder, ignored);
}

void OwnSut::start() {
  actor_->start();
  started_ = true;
}

void OwnSut::stop() {
  if (started_) actor_->stop();
  started_ = false;
}

}  // namespace ihe::app
