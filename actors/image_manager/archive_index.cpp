#include "actors/image_manager/archive_index.h"

#include "actors/dicom/vr_traits.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "base/harness_error.h"

namespace ihe::actors::image_manager {
namespace {

constexpr dicom::Tag kSopInstanceUid{0x0008, 0x0018};
constexpr dicom::Tag kStudyInstanceUid{0x0020, 0x000D};

// Pixel data and other bulk values never take part in a query; keeping them out keeps the index small.
dicom::DicomDataset without_bulk(const dicom::DicomDataset& dataset) {
  dicom::DicomDataset kept;
  for (const auto& [tag, element] : dataset.elements())
    if (dicom::kind_of(element.vr) != dicom::VrKind::Bulk) kept.insert(element);
  return kept;
}

// UIDs are digits and dots (PS3.5 9.1); anything else must not reach a file name.
bool safe_for_file_name(const std::string& uid) {
  return !uid.empty() && uid.size() <= 64 && uid.find_first_not_of("0123456789.") == std::string::npos;
}

// write_dicom_file writes Explicit VR Little Endian and read_dicom_file leaves encapsulated pixel data out
// (PS3.5 A.4), so only a file in a native (or deflated) transfer syntax is rewritten without losing pixels.
bool native_transfer_syntax(const dicom::DicomDataset& meta) {
  const auto syntax = meta.string({0x0002, 0x0010}).value_or("");
  return syntax == "1.2.840.10008.1.2" || syntax == "1.2.840.10008.1.2.1" ||
         syntax == "1.2.840.10008.1.2.2" || syntax == "1.2.840.10008.1.2.1.99";
}

std::filesystem::path beside(std::filesystem::path file, std::string_view suffix) {
  file += suffix;
  return file;
}

void remove_all_beside(const std::vector<StoredInstance>& instances, std::string_view suffix) {
  std::error_code ignored;
  for (const auto& instance : instances) std::filesystem::remove(beside(instance.file, suffix), ignored);
}

}  // namespace

ArchiveIndex::ArchiveIndex(std::filesystem::path folder) : folder_(std::move(folder)) {}

std::size_t ArchiveIndex::reload() {
  std::error_code error;
  std::filesystem::create_directories(incoming_folder(), error);
  if (error)
    throw HarnessError("image manager: cannot create storage folder " + folder_.string() + ": " +
                       error.message());
  std::size_t count = 0;
  for (const auto& study : std::filesystem::directory_iterator(folder_)) {
    if (!study.is_directory() || study.path().filename().string().starts_with(".")) continue;
    for (const auto& file : std::filesystem::directory_iterator(study.path())) {
      if (file.path().extension() != ".dcm") continue;  // a rewrite's leftovers (.new, .old) are no instances
      auto read = net::read_dicom_file(file.path());
      if (!read) continue;
      index({file.path(), without_bulk(read.dataset)});
      ++count;
    }
  }
  return count;
}

std::error_code ArchiveIndex::archive(const std::filesystem::path& received) {
  auto read = net::read_dicom_file(received);
  if (!read) return read.error;
  const auto study = read.dataset.string(kStudyInstanceUid).value_or("");
  const auto sop = read.dataset.string(kSopInstanceUid).value_or("");
  if (!safe_for_file_name(study) || !safe_for_file_name(sop)) return net::DicomFileError::MissingSopUids;
  const auto target = folder_ / study / (sop + ".dcm");
  std::error_code error;
  std::lock_guard files(files_mutex_);
  std::filesystem::create_directories(target.parent_path(), error);
  if (!error) std::filesystem::rename(received, target, error);
  if (error) return error;
  index({target, without_bulk(read.dataset)});
  return {};
}

ArchiveIndex::Rewrite ArchiveIndex::rewrite(const Selector& select, const Change& change) {
  std::lock_guard files(files_mutex_);
  std::vector<StoredInstance> changed;
  for (auto& instance : instances())
    if (select(instance.attributes)) changed.push_back(std::move(instance));
  for (auto& instance : changed) {
    auto read = net::read_dicom_file(instance.file);
    if (!read.error && !native_transfer_syntax(read.meta))
      read.error = std::make_error_code(std::errc::not_supported);
    if (!read.error) {
      change(read.dataset);
      read.error = net::write_dicom_file(beside(instance.file, ".new"), read.dataset);
    }
    if (read.error) {
      remove_all_beside(changed, ".new");
      return {read.error, instance.file.string(), 0};
    }
    instance.attributes = without_bulk(read.dataset);
  }
  // Originals stay reachable as hard links (.old) until every new file is in place, so a failed swap is
  // undone.
  std::error_code error;
  std::size_t linked = 0, at = 0;
  for (; at < changed.size() && !error; ++at) {
    const auto& file = changed[at].file;
    std::filesystem::remove(beside(file, ".old"), error);
    if (!error) std::filesystem::create_hard_link(file, beside(file, ".old"), error);
    if (error) break;
    ++linked;
    std::filesystem::rename(beside(file, ".new"), file, error);
    if (error) break;
  }
  if (error) {
    std::error_code ignored;
    for (std::size_t i = 0; i < linked; ++i)
      std::filesystem::rename(beside(changed[i].file, ".old"), changed[i].file, ignored);
    remove_all_beside(changed, ".new");
    return {error, changed[at].file.string(), 0};
  }
  remove_all_beside(changed, ".old");
  const std::size_t count = changed.size();
  for (auto& instance : changed) index(std::move(instance));
  return {{}, {}, count};
}

void ArchiveIndex::index(StoredInstance instance) {
  const auto sop = instance.attributes.string(kSopInstanceUid).value_or("");
  std::lock_guard lock(mutex_);
  by_sop_uid_[sop] = std::move(instance);
}

std::optional<StoredInstance> ArchiveIndex::instance(const std::string& sop_instance_uid) const {
  std::lock_guard lock(mutex_);
  auto found = by_sop_uid_.find(sop_instance_uid);
  if (found == by_sop_uid_.end()) return std::nullopt;
  return found->second;
}

std::vector<StoredInstance> ArchiveIndex::instances() const {
  std::lock_guard lock(mutex_);
  std::vector<StoredInstance> all;
  all.reserve(by_sop_uid_.size());
  for (const auto& [uid, instance] : by_sop_uid_) all.push_back(instance);
  return all;
}

}  // namespace ihe::actors::image_manager
