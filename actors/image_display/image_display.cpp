#include "actors/image_display/image_display.h"

#include <fmt/core.h>

#include "base/harness_error.h"

namespace ihe::actors {

ImageDisplay::ImageDisplay(ImageDisplayConfig config, FaultSwitches faults, TransactionLog& log)
    : config_(std::move(config)),
      log_(log),
      storage_({.ae_title = config_.ae_title,
                .port = config_.port,
                .folder = config_.storage_folder,
                .faults = std::move(faults)},
               log) {}

void ImageDisplay::start() {
  storage_.start();
}

void ImageDisplay::stop() {
  storage_.stop();
}

std::string ImageDisplay::describe() const {
  return fmt::format("Image Display {}, Storage SCP on port {} keeping instances {}, archive {}",
                     config_.ae_title, storage_.port(),
                     config_.storage_folder.empty() ? "in memory" : "in " + config_.storage_folder.string(),
                     config_.image_archive ? config_.image_archive->to_string() : "not configured");
}

net::FindResult ImageDisplay::query_images(const ImageQuery& query) {
  return actors::query_images(archive_link(), query, log_);
}

RetrieveResult ImageDisplay::retrieve_images(const RetrieveRequest& request) {
  return actors::retrieve_images(archive_link(), request, storage_, log_);
}

ArchiveLink ImageDisplay::archive_link() const {
  if (!config_.image_archive)
    throw HarnessError("Image Display " + config_.ae_title +
                       ": no <image-archive dicom=\"AET@HOST:PORT\"/> configured");
  return {.calling_ae = config_.ae_title, .archive = *config_.image_archive, .timeouts = config_.timeouts};
}

}  // namespace ihe::actors
