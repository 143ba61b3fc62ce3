#include "tests/component/image_display/scripted_archive.h"

#include "actors/net/dicom/scu/presentation_context.h"

namespace ihe::test {
namespace {

constexpr dicom::Tag kStudyInstanceUid{0x0020, 0x000D};

bool in_study(const TestImage& image, const dicom::DicomDataset& identifier) {
  const std::string study = identifier.string(kStudyInstanceUid).value_or("");
  return study.empty() || study == image.study_uid;
}

}  // namespace

ScriptedArchive::ScriptedArchive(const std::filesystem::path& dir, std::vector<TestImage> images,
                                 std::map<std::string, std::uint16_t> destinations,
                                 std::optional<std::uint16_t> move_refusal)
    : move_refusal_(move_refusal) {
  std::filesystem::create_directories(dir);
  for (const auto& image : images) {
    const auto file = dir / (image.sop_instance_uid + ".dcm");
    write_test_image(file, image);
    images_.emplace_back(image, file);
  }
  net::ServerConfig config;
  config.ae_titles = {"ARCHIVE"};
  config.outgoing_timeout = std::chrono::seconds(2);
  for (const auto& [ae, port] : destinations) config.remote_aes[ae] = {ae, "127.0.0.1", port};
  net::HandlerRegistry registry;
  registry.on_find(net::sop_class::kStudyRootFind, [this](const net::FindRequest& r) { return on_find(r); });
  registry.on_move(net::sop_class::kStudyRootMove, [this](const net::MoveRequest& r) { return on_move(r); });
  server_ = std::make_unique<net::DicomServer>(std::move(config), std::move(registry));
  server_->start();
}

std::vector<dicom::DicomDataset> ScriptedArchive::identifiers() const {
  std::lock_guard lock(mutex_);
  return identifiers_;
}

net::FindResponse ScriptedArchive::on_find(const net::FindRequest& request) {
  {
    std::lock_guard lock(mutex_);
    identifiers_.push_back(request.identifier);
  }
  net::FindResponse response;
  for (const auto& [image, file] : images_) {
    if (!in_study(image, request.identifier)) continue;
    dicom::DicomDataset match;
    match.set(kStudyInstanceUid, image.study_uid);
    match.set({0x0008, 0x0018}, image.sop_instance_uid);
    response.matches.push_back(match);
  }
  return response;
}

net::MoveResponse ScriptedArchive::on_move(const net::MoveRequest& request) {
  {
    std::lock_guard lock(mutex_);
    identifiers_.push_back(request.identifier);
  }
  if (move_refusal_) return {.files = {}, .refuse_status = move_refusal_};
  net::MoveResponse response;
  for (const auto& [image, file] : images_)
    if (in_study(image, request.identifier)) response.files.push_back(file);
  return response;
}

}  // namespace ihe::test
