#pragma once

#include <cstdint>
#include <string>

#include "actors/common/fault_switches.h"
#include "actors/common/simulated_actor.h"
#include "actors/common/transaction_log.h"
#include "actors/image_display/config.h"
#include "actors/image_display/faults.h"
#include "actors/image_display/rad_014_query.h"
#include "actors/image_display/rad_016_retrieve.h"
#include "actors/image_display/storage_scp.h"

namespace ihe::actors {

// The IHE Image Display (RAD TF-1, SWF: RAD-14 and RAD-16): a Storage SCP that runs from start() to stop()
// and, for scenario code, blocking RAD-14/RAD-16 calls to the configured Image Archive.
class ImageDisplay : public SimulatedActor {
 public:
  ImageDisplay(ImageDisplayConfig config, FaultSwitches faults, TransactionLog& log);

  void start() override;
  void stop() override;
  // "Image Display IMAGE_DISPLAY, Storage SCP on port 11112, archive ARCHIVE@127.0.0.1:4242"
  std::string describe() const override;

  std::uint16_t port() const { return storage_.port(); }
  const ImageStorageScp& storage() const { return storage_; }
  const ImageDisplayConfig& config() const { return config_; }

  // Throw ihe::HarnessError when no <image-archive> is configured, or the request lacks its level's keys.
  net::FindResult query_images(const ImageQuery& query);
  RetrieveResult retrieve_images(const RetrieveRequest& request);

 private:
  ArchiveLink archive_link() const;

  ImageDisplayConfig config_;
  TransactionLog& log_;
  ImageStorageScp storage_;
};

}  // namespace ihe::actors
