#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <utility>

#include "actors/hl7/message_file.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "base/harness_error.h"
#include "validation/consistency.h"

namespace ihe::validation {
namespace {

namespace fs = std::filesystem;

// File name prefix -> message kind (longest prefixes first).
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kPrefixes{{
    {"rad-010-request", "stgcmt-request"},
    {"rad-010-report", "stgcmt-report"},
    {"rad-002", "order"},
    {"rad-004", "rad-4"},
    {"rad-005", "mwl"},
    {"rad-006", "mpps-create"},
    {"rad-007", "mpps-set"},
    {"rad-008", "image"},
    {"rad-014", "query"},
    {"rad-049", "ian"},
}};

std::string kind_of(const std::string& name) {
  for (const auto& [prefix, kind] : kPrefixes)
    if (name.rfind(prefix, 0) == 0) return std::string(kind);
  return {};
}

}  // namespace

RecordedSet read_recorded_messages(const fs::path& dir) {
  if (!fs::is_directory(dir)) throw HarnessError(dir.string() + ": no such folder of recorded messages");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  RecordedSet set;
  for (const auto& file : files) {
    const std::string name = file.filename().string();
    const std::string kind = kind_of(name);
    if (kind.empty()) {
      set.unreadable.push_back(
          name + ": name does not say which transaction it belongs to (rad-004*, rad-005*, ...)");
    } else if (kind == "rad-4" || kind == "order") {
      try {
        for (auto& m : hl7::read_message_file(file))
          set.messages.push_back({name, kind, std::move(m.message), {}});
      } catch (const HarnessError& e) {
        set.unreadable.push_back(e.what());
      }
    } else if (auto read = net::read_dicom_file(file)) {
      set.messages.push_back({name, kind, std::nullopt, std::move(read.dataset)});
    } else {
      set.unreadable.push_back(fmt::format("{}: {}", name, read.error.message()));
    }
  }
  return set;
}

}  // namespace ihe::validation
