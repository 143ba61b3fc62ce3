#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "actors/common/endpoint.h"
#include "actors/net/dicom/scp/dicom_server.h"
#include "tests/support/peers/test_images.h"

namespace ihe::test {

// An Image Archive scripted on our own DicomServer: it holds the given synthetic images as files, answers a
// Study Root C-FIND with one identifier per image of the requested study (any study when the key is empty)
// and a Study Root C-MOVE with every file of the requested study, or with `move_refusal` when set. C-MOVE
// destinations are `destinations` (AE title -> port on 127.0.0.1). It keeps every identifier it received.
class ScriptedArchive {
 public:
  ScriptedArchive(const std::filesystem::path& dir, std::vector<TestImage> images,
                  std::map<std::string, std::uint16_t> destinations,
                  std::optional<std::uint16_t> move_refusal = std::nullopt);
  actors::Endpoint endpoint() const { return {"ARCHIVE", "127.0.0.1", server_->port()}; }
  std::vector<dicom::DicomDataset> identifiers() const;

 private:
  net::FindResponse on_find(const net::FindRequest& request);
  net::MoveResponse on_move(const net::MoveRequest& request);

  std::vector<std::pair<TestImage, std::filesystem::path>> images_;
  std::optional<std::uint16_t> move_refusal_;
  mutable std::mutex mutex_;
  std::vector<dicom::DicomDataset> identifiers_;
  std::unique_ptr<net::DicomServer> server_;
};

}  // namespace ihe::test
