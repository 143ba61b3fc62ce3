#pragma once

#include <gtest/gtest.h>

#include <fstream>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "actors/image_manager/image_manager.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/test_images.h"

namespace ihe::test {

inline std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// Our Image Manager on a free port over an archive folder of the test, with third-party peers as clients.
class ImageManagerPeerTest : public ::testing::Test {
 protected:
  static constexpr const char* kAe = "IMAGE_MANAGER";

  void start() {
    config.port = 0;
    config.storage_folder = dir / "archive";
    actor = std::make_unique<actors::image_manager::ImageManager>(config, actors::FaultSwitches{}, log);
    actor->start();
    dicom_port = actor->port();
  }

  // A DCMTK command-line SCU addressed to us from MODALITY1; `files` go after the address (storescu).
  std::vector<std::string> dcmtk(const std::string& tool, std::vector<std::string> options,
                                 const std::vector<std::string>& files = {}) const {
    std::vector<std::string> argv{tool, "-aet", "MODALITY1", "-aec", kAe};
    argv.insert(argv.end(), options.begin(), options.end());
    argv.insert(argv.end(), {"127.0.0.1", std::to_string(dicom_port)});
    argv.insert(argv.end(), files.begin(), files.end());
    return argv;
  }

  // Writes the images and sends them with DCMTK's storescu; returns its exit code.
  int storescu(const std::vector<TestImage>& images) {
    std::vector<std::string> files;
    for (const auto& image : images) {
      files.push_back((dir / (image.sop_instance_uid + ".dcm")).string());
      write_test_image(files.back(), image);
    }
    return run_command(dcmtk("storescu", {}, files), dir / "storescu.log");
  }

  // findscu -S with the keys; the responses read back from its -X files, in order.
  std::vector<dicom::DicomDataset> findscu(const std::vector<std::string>& keys) {
    const auto out = dir / ("find" + std::to_string(++finds_));
    std::filesystem::create_directories(out);
    std::vector<std::string> args{"-S", "-X", "-od", out.string()};
    for (const auto& key : keys) args.insert(args.end(), {"-k", key});
    EXPECT_EQ(run_command(dcmtk("findscu", args), out / "findscu.log"), 0) << read_text(out / "findscu.log");
    std::vector<dicom::DicomDataset> responses;
    for (int i = 1;; ++i) {
      char name[32];
      std::snprintf(name, sizeof name, "rsp%04d.dcm", i);
      auto read = net::read_dicom_file(out / name);
      if (!read) break;
      responses.push_back(read.dataset);
    }
    return responses;
  }

  // DCMTK storescp as the C-MOVE destination STORESCP (registered as our peer: call before start()),
  // writing into dir/storescp-in.
  std::unique_ptr<ChildProcess> start_storescp() {
    const std::uint16_t storescp_port = free_port();
    std::filesystem::create_directories(received());
    auto storescp = std::make_unique<ChildProcess>(
        ChildProcess::Options{{"storescp", "--aetitle", "STORESCP", "--output-directory", received().string(),
                               std::to_string(storescp_port)},
                              dir / "storescp.log",
                              {},
                              {},
                              std::chrono::milliseconds(5000)});
    EXPECT_TRUE(wait_for_port(storescp_port, std::chrono::seconds(5))) << storescp->log();
    config.peers["STORESCP"] = {"STORESCP", "127.0.0.1", storescp_port};
    return storescp;
  }
  std::filesystem::path received() const { return dir / "storescp-in"; }

  // Two series of study 2.25.1001 (PAT001), one study 2.25.2001 (PAT002).
  static std::vector<TestImage> sample_images() { return two_patients_four_images(); }

  TempDir dir;
  actors::image_manager::ImageManagerConfig config;
  actors::TransactionLog log;
  std::unique_ptr<actors::image_manager::ImageManager> actor;
  std::uint16_t dicom_port = 0;  // where the DCMTK tools go: our in-process actor, or a standalone one
  int finds_ = 0;
};

}  // namespace ihe::test
