#pragma once

#include <filesystem>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <vector>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors::image_manager {

// One archived instance: its file and its attributes without bulk data (what queries match on).
struct StoredInstance {
  std::filesystem::path file;
  dicom::DicomDataset attributes;
};

// The archive: files under `<folder>/<StudyInstanceUID>/<SOPInstanceUID>.dcm` and an in-memory index of
// them, rebuilt from the folder by reload() so an archive survives a restart on the same folder. Thread-safe
// (every association thread stores and queries at once).
class ArchiveIndex {
 public:
  explicit ArchiveIndex(std::filesystem::path folder);

  // Where the SCP streams an incoming C-STORE before archive() files it (skipped by reload()).
  std::filesystem::path incoming_folder() const { return folder_ / ".incoming"; }
  // Creates the folder and indexes every readable Part-10 file in it; returns how many were indexed.
  std::size_t reload();
  // Reads a received file, moves it to its place and indexes it (a second copy of an instance replaces
  // the first, PS3.4 B.4.1). An unreadable file, or one without Study/SOP Instance UID, is an error.
  std::error_code archive(const std::filesystem::path& received);

  // Patient reconciliation (RAD-12, post-imaging RAD-4/13) changes instances in place. Every instance
  // `select` picks (on its indexed attributes) is read from its file, changed by `change` and written next
  // to it; only when every new file is written are they swapped in (originals kept as hard links until all
  // swaps succeed) and the index updated. So a failure leaves files and index as they were: all or nothing.
  // Stores wait meanwhile, so no instance arrives half-way.
  struct Rewrite {
    std::error_code error;      // what stopped it, nothing changed then
    std::string failed_file;    // the file it stopped at
    std::size_t instances = 0;  // how many were rewritten
    explicit operator bool() const { return !error; }
  };
  using Selector = std::function<bool(const dicom::DicomDataset&)>;
  using Change = std::function<void(dicom::DicomDataset&)>;
  Rewrite rewrite(const Selector& select, const Change& change);

  std::optional<StoredInstance> instance(const std::string& sop_instance_uid) const;
  // A snapshot, in SOP Instance UID order.
  std::vector<StoredInstance> instances() const;

 private:
  void index(StoredInstance instance);

  std::filesystem::path folder_;
  std::mutex files_mutex_;  // archive() and rewrite() change files one at a time
  mutable std::mutex mutex_;
  std::map<std::string, StoredInstance> by_sop_uid_;
};

}  // namespace ihe::actors::image_manager
