#pragma once

#include <gtest/gtest.h>

#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "actors/image_manager/archive_index.h"
#include "actors/image_manager/faults.h"
#include "actors/image_manager/image_manager.h"
#include "actors/image_manager/mpps_records.h"
#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/test_images.h"

namespace ihe::test {

// An Image Manager on a free port over a fresh archive folder, our own SCU as its client, and the
// transactions it published.
class ImageManagerTest : public ::testing::Test {
 protected:
  static constexpr const char* kAe = "IMAGE_MANAGER";
  static constexpr const char* kScSopClass = "1.2.840.10008.5.1.4.1.1.7";

  void start(std::vector<std::string> faults = {}) {
    config.port = 0;
    config.storage_folder = dir / "archive";
    log.subscribe([this](const actors::TransactionRecord& record) {
      std::lock_guard lock(records_mutex);
      records.push_back(record);
    });
    actor = std::make_unique<actors::image_manager::ImageManager>(
        config, actors::FaultSwitches::select(actors::image_manager_faults(), faults, "image-manager"), log);
    actor->start();
  }

  net::DicomAssociation associate(std::vector<net::PresentationContext> contexts,
                                  const std::string& calling = "MODALITY1") {
    net::DicomAssociation association(
        {calling, kAe, "127.0.0.1", actor->port(), std::move(contexts), {}, 65536});
    auto opened = association.open();
    EXPECT_TRUE(opened.ok()) << opened.detail;
    return association;
  }

  // Stores synthetic Secondary Capture images with our SCU; returns their statuses.
  std::vector<std::uint16_t> store(const std::vector<TestImage>& images) {
    std::vector<std::filesystem::path> files;
    for (const auto& image : images) {
      files.push_back(dir / (image.sop_instance_uid + ".dcm"));
      write_test_image(files.back(), image);
    }
    auto association = associate(net::contexts::storage_for_files(files));
    std::vector<std::uint16_t> statuses;
    for (const auto& file : files) {
      auto result = association.store_file(file);
      EXPECT_TRUE(result.ok()) << result.detail;
      statuses.push_back(result.status);
    }
    return statuses;
  }

  // Two series of one study for PAT001 and one study for PAT002.
  static std::vector<TestImage> sample_images() { return two_patients_four_images(); }

  net::FindResult find(const dicom::DicomDataset& identifier,
                       const char* sop_class = net::sop_class::kStudyRootFind) {
    auto association = associate({sop_class == std::string(net::sop_class::kStudyRootFind)
                                      ? net::contexts::study_root_find()
                                      : net::contexts::patient_root_find()});
    return association.find(sop_class, identifier);
  }

  bool published(const std::string& transaction, const std::string& outcome_part) {
    std::lock_guard lock(records_mutex);
    for (const auto& r : records)
      if (r.transaction == transaction && r.outcome.find(outcome_part) != std::string::npos) return true;
    return false;
  }

  TempDir dir;
  actors::image_manager::ImageManagerConfig config;
  actors::TransactionLog log;
  std::mutex records_mutex;
  std::vector<actors::TransactionRecord> records;
  std::unique_ptr<actors::image_manager::ImageManager> actor;
};

}  // namespace ihe::test
