// The Image Display's Storage SCP: C-MOVE destination of RAD-16 (RAD TF-2 4.16) and plain C-STORE target.
#include "actors/image_display/storage_scp.h"

#include <fmt/core.h>

#include "actors/image_display/faults.h"
#include "actors/net/dicom/sop_classes.h"

namespace ihe::actors {
namespace {

// PS3.4 B.2.3: "Refused: Out of Resources".
constexpr std::uint16_t kRefusedOutOfResources = 0xA700;
// store-silent holds a C-STORE at most this long (or until stop()): long past any peer's DIMSE timeout.
constexpr std::chrono::minutes kSilentHold{5};
// An AE title no conforming peer can call: the AE VR has no backslash (PS3.5 6.2).
constexpr const char* kNoAeTitle = "\\";

net::ServerConfig server_config(const StorageScpConfig& config) {
  net::ServerConfig server;
  server.ae_titles = {config.faults.on(image_display_fault::kRejectAssociation) ? kNoAeTitle
                                                                                : config.ae_title};
  server.port = config.port;
  server.storage_directory = config.folder;
  return server;
}

}  // namespace

ImageStorageScp::ImageStorageScp(StorageScpConfig config, TransactionLog& log)
    : config_(std::move(config)), log_(log) {
  net::HandlerRegistry registry;
  const auto delivery = config_.folder.empty() ? net::StoreDelivery::Memory : net::StoreDelivery::File;
  // Every storage class the archive side accepts, so that a RAD-16 of a study with presentation states or
  // reports is not refused sub-operation by sub-operation.
  for (std::string_view sop_class : net::sop_class::kStorage)
    registry.on_store(
        std::string(sop_class), [this](const net::StoreRequest& request) { return on_store(request); }, delivery);
  server_ = std::make_unique<net::DicomServer>(server_config(config_), std::move(registry));
}

ImageStorageScp::~ImageStorageScp() {
  stop();
}

void ImageStorageScp::start() {
  server_->start();
}

void ImageStorageScp::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  changed_.notify_all();
  server_->stop();
}

std::uint16_t ImageStorageScp::port() const {
  return server_->port();
}

std::uint16_t ImageStorageScp::on_store(const net::StoreRequest& request) {
  if (config_.faults.on(image_display_fault::kStoreSilent)) return hold_silently(request);
  if (config_.faults.on(image_display_fault::kStoreRefuse)) {
    std::error_code ignored;
    if (!request.file.empty()) std::filesystem::remove(request.file, ignored);
    publish(request, fmt::format("0x{:04X} refused (fault store-refuse)", kRefusedOutOfResources));
    return kRefusedOutOfResources;
  }
  {
    std::lock_guard lock(mutex_);
    received_.push_back({.sequence = received_.size(),
                         .sop_class_uid = request.sop_class_uid,
                         .sop_instance_uid = request.sop_instance_uid,
                         .calling_ae = request.association.calling_ae,
                         .file = request.file,
                         .dataset = request.dataset});
  }
  changed_.notify_all();
  publish(request, request.file.empty() ? "0x0000 Success, kept in memory"
                                        : "0x0000 Success, " + request.file.string());
  return 0x0000;
}

std::uint16_t ImageStorageScp::hold_silently(const net::StoreRequest& request) {
  publish(request, "held without a response (fault store-silent)");
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, kSilentHold, [this] { return stopping_; });
  // The peer has given up by now; this response goes nowhere or to a closed connection.
  return kRefusedOutOfResources;
}

void ImageStorageScp::publish(const net::StoreRequest& request, const std::string& outcome) {
  log_.publish(
      {.transaction = "C-STORE",
       .peer = request.association.calling_ae + "@" + request.association.peer_address,
       .summary = fmt::format("received {} (SOP class {})", request.sop_instance_uid, request.sop_class_uid),
       .outcome = outcome});
}

std::size_t ImageStorageScp::received_count() const {
  std::lock_guard lock(mutex_);
  return received_.size();
}

std::vector<ReceivedInstance> ImageStorageScp::received_since(std::size_t first) const {
  std::lock_guard lock(mutex_);
  if (first >= received_.size()) return {};
  return {received_.begin() + static_cast<std::ptrdiff_t>(first), received_.end()};
}

std::size_t ImageStorageScp::wait_for_count(std::size_t count, std::chrono::milliseconds deadline) const {
  std::unique_lock lock(mutex_);
  changed_.wait_for(lock, deadline, [&] { return received_.size() >= count; });
  return received_.size();
}

}  // namespace ihe::actors
