#include <fmt/core.h>

#include <algorithm>
#include <array>
#include <utility>

#include "actors/hl7/message_file.h"
#include "actors/net/dicom/conversion/dicom_file.h"
#include "base/harness_error.h"
#include "validation/consistency.h"
#include "validation/message_identity.h"

namespace ihe::validation {
namespace {

namespace fs = std::filesystem;

// File name prefix -> message kind (longest prefixes first): names override what the content says.
constexpr std::array<std::pair<std::string_view, std::string_view>, 15> kPrefixes{{
    {"rad-010-request", "stgcmt-request"},
    {"rad-010-report", "stgcmt-report"},
    {"rad-001", "rad-1"},
    {"rad-002", "order"},
    {"rad-003", "rad-3"},
    {"rad-004", "rad-4"},
    {"rad-005", "mwl"},
    {"rad-006", "mpps-create"},
    {"rad-007", "mpps-set"},
    {"rad-008", "image"},
    {"rad-012", "rad-12"},
    {"rad-013", "rad-13"},
    {"rad-014", "query"},
    {"rad-048", "rad-48"},
    {"rad-049", "ian"},
}};

std::string kind_of_name(const std::string& name) {
  for (const auto& [prefix, kind] : kPrefixes)
    if (name.rfind(prefix, 0) == 0) return std::string(kind);
  return {};
}

bool is_hl7_kind(std::string_view kind) {
  return kind == "order" || kind.rfind("rad-", 0) == 0;
}

class FolderReader {
 public:
  FolderReader(const profiles::RuleSet& rules, std::string_view profile) : rules_(rules), profile_(profile) {}

  void read(const fs::path& file) {
    const std::string name = file.filename().string();
    const std::string kind = kind_of_name(name);
    if (!kind.empty()) {
      is_hl7_kind(kind) ? read_hl7(file, name, kind) : read_dicom(file, name, kind);
      return;
    }
    // No telling name: the content decides, DICOM Part 10 first (its preamble and "DICM" say so).
    if (auto read = net::read_dicom_file(file); read || read.error != net::DicomFileError::NotDicom) {
      if (!read) return unreadable(fmt::format("{}: {}", name, read.error.message()));
      const Identity identity = identify_dicom(read.dataset);
      if (identity.kind.empty()) return unidentified(name, identity.problem);
      set_.messages.push_back({name, identity.kind, std::nullopt, std::move(read.dataset)});
      return;
    }
    read_hl7(file, name, {});
  }

  RecordedSet take() { return std::move(set_); }

 private:
  // `kind` empty: each message's own MSH-9 and ORC pair say which transaction it belongs to.
  void read_hl7(const fs::path& file, const std::string& name, const std::string& kind) {
    std::vector<hl7::FileMessage> messages;
    try {
      messages = hl7::read_message_file(file);
    } catch (const HarnessError& e) {
      return unreadable(kind.empty() ? std::string(e.what()) + " (nor is it DICOM)" : e.what());
    }
    for (auto& m : messages) {
      const std::string label = messages.size() == 1 ? name : m.label.substr(m.label.rfind('/') + 1);
      const Identity identity = kind.empty() ? identify_hl7(m.message, rules_, profile_) : Identity{kind, {}};
      if (identity.kind.empty())
        unidentified(label, identity.problem);
      else
        set_.messages.push_back({label, identity.kind, std::move(m.message), {}});
    }
  }

  void read_dicom(const fs::path& file, const std::string& name, const std::string& kind) {
    if (auto read = net::read_dicom_file(file))
      set_.messages.push_back({name, kind, std::nullopt, std::move(read.dataset)});
    else
      unreadable(fmt::format("{}: {}", name, read.error.message()));
  }

  void unreadable(std::string line) { set_.unreadable.push_back(std::move(line)); }
  void unidentified(const std::string& label, const std::string& why) {
    unreadable(fmt::format("{}: cannot tell which transaction it belongs to: {}; name it rad-NNN* to say",
                           label, why));
  }

  const profiles::RuleSet& rules_;
  std::string_view profile_;
  RecordedSet set_;
};

}  // namespace

RecordedSet read_recorded_messages(const fs::path& dir, const profiles::RuleSet& rules,
                                   std::string_view profile) {
  if (!fs::is_directory(dir)) throw HarnessError(dir.string() + ": no such folder of recorded messages");
  std::vector<fs::path> files;
  for (const auto& entry : fs::directory_iterator(dir))
    if (entry.is_regular_file()) files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  FolderReader reader(rules, profile);
  for (const auto& file : files) reader.read(file);
  return reader.take();
}

RecordedSet read_recorded_messages(const fs::path& dir) {
  return read_recorded_messages(dir, profiles::RuleSet::load(profiles::RuleSet::default_data_dir()), "SWF.b");
}

}  // namespace ihe::validation
