#include "scenarios/exchanges/harness_servers.h"

#include <unistd.h>

#include <atomic>

#include "base/harness_error.h"

namespace ihe::scenarios {
namespace {

// One folder per instance: runs side by side in one process (the fault matrix) each remove their own.
std::filesystem::path fresh_archive() {
  static std::atomic<unsigned> count{0};
  return std::filesystem::temp_directory_path() /
         ("ihe-harness-archive-" + std::to_string(getpid()) + "-" + std::to_string(++count));
}

}  // namespace

HarnessServers::HarnessServers(const reports::Target& target, Sink sink)
    : target_(target), archive_(fresh_archive()) {
  log_.subscribe([this, sink = std::move(sink)](const actors::TransactionRecord& r) {
    sink(r);
    inbox_.deliver(r);
  });
}

HarnessServers::~HarnessServers() {
  if (order_filler_) order_filler_->stop();
  if (image_manager_) image_manager_->stop();
  std::error_code ignored;
  std::filesystem::remove_all(archive_, ignored);
}

actors::OrderFiller& HarnessServers::order_filler() {
  if (order_filler_) return *order_filler_;
  if (target_.harness_dicom.port == 0)
    throw HarnessError("target: a modality SUT needs <harness><dicom> (our Order Filler: MWL and MPPS SCP)");
  actors::OrderFillerConfig config;
  config.ae_title = target_.harness_dicom.ae_title;
  config.dicom_port = target_.harness_dicom.port;
  auto actor = std::make_unique<actors::OrderFiller>(config, actors::FaultSwitches{}, log_);
  actor->start();  // a port that cannot be bound throws before we keep the actor
  order_filler_ = std::move(actor);
  return *order_filler_;
}

actors::image_manager::ImageManager& HarnessServers::image_manager() {
  if (image_manager_) return *image_manager_;
  if (target_.harness_storage.port == 0)
    throw HarnessError("target: a modality SUT needs the harness storage endpoint (our Image Manager)");
  actors::image_manager::ImageManagerConfig config;
  config.ae_title = target_.harness_storage.ae_title;
  config.port = target_.harness_storage.port;
  config.storage_folder = archive_;
  // Storage commitment reports go to the SUT on a new association (PS3.4 J.3.3.1.2).
  config.peers = {{target_.dicom.ae_title, {target_.dicom.ae_title, target_.dicom.host, target_.dicom.port}}};
  config.outgoing_timeout = std::chrono::seconds(target_.timeout_seconds);  // the report's waits end in time
  auto actor = std::make_unique<actors::image_manager::ImageManager>(config, actors::FaultSwitches{}, log_);
  actor->start();
  image_manager_ = std::move(actor);
  return *image_manager_;
}

}  // namespace ihe::scenarios
