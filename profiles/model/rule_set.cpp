#include "profiles/model/rule_set.h"

#include <algorithm>
#include <sstream>

#include "base/harness_error.h"
#include "profiles/model/hl7_rules_loader.h"

namespace ihe::profiles {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> words(const std::string& text) {
  std::istringstream in(text);
  std::vector<std::string> out;
  for (std::string word; in >> word;) out.push_back(word);
  return out;
}

std::vector<fs::path> xml_files(const fs::path& dir) {
  std::vector<fs::path> files;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(dir, ec))
    if (entry.is_regular_file() && entry.path().extension() == ".xml") files.push_back(entry.path());
  std::sort(files.begin(), files.end());
  return files;
}

template <typename Rules>
const Rules* find_rules(const std::vector<Rules>& all, std::string_view profile,
                        std::string_view transaction) {
  for (const auto& r : all)
    if (r.profile == profile && r.transaction == transaction) return &r;
  return nullptr;
}

}  // namespace

fs::path RuleSet::default_data_dir() {
  return IHE_PROFILES_DATA_DIR;
}

const Profile* RuleSet::find_profile(std::string_view id) const {
  for (const auto& p : profiles_)
    if (p.id == id) return &p;
  return nullptr;
}

const Hl7TransactionRules* RuleSet::hl7_rules(std::string_view profile, std::string_view transaction) const {
  return find_rules(hl7_, profile, transaction);
}

const DicomTransactionRules* RuleSet::dicom_rules(std::string_view profile,
                                                  std::string_view transaction) const {
  return find_rules(dicom_, profile, transaction);
}

const CopyRules* RuleSet::copy_rules(std::string_view profile) const {
  for (const auto& c : copy_)
    if (c.profile == profile) return &c;
  return nullptr;
}

RuleSet RuleSet::load(const fs::path& data_dir) {
  if (!fs::is_directory(data_dir)) throw HarnessError(data_dir.string() + ": no such profiles data folder");
  RuleSet set;
  for (const auto& file : xml_files(data_dir)) set.profiles_.push_back(load_profile(file));
  Hl7Library library;
  load_hl7_structures(data_dir / "hl7" / "structures.xml", library);
  for (const auto& file : xml_files(data_dir / "hl7" / "segments")) load_hl7_segment_rules(file, library);
  // A rule file may serve several transactions (RAD-14 and RAD-11 share the query keys) and several
  // profiles (PIR reuses the SWF.b messages): id="RAD-14 RAD-11" profile="SWF.b PIR".
  for (const auto& file : xml_files(data_dir / "transactions")) {
    const auto doc = xml::XmlFile::load(file);
    const auto root = doc.root("transaction-rules");
    for (const auto& profile_id : words(root.required_attribute("profile"))) {
      const Profile* profile = set.find_profile(profile_id);
      if (profile == nullptr) root.fail("unknown profile '" + profile_id + "'");
      for (const auto& transaction_id : words(root.required_attribute("id"))) {
        const Transaction* transaction = profile->find_transaction(transaction_id);
        if (transaction == nullptr)
          root.fail("profile " + profile_id + " has no transaction " + transaction_id);
        // The catalog says which wire the transaction uses, so which kind of rules the file must hold.
        if (transaction->protocol == Protocol::Dicom) {
          set.dicom_.push_back(load_dicom_transaction(root));
          set.dicom_.back().profile = profile_id;
          set.dicom_.back().transaction = transaction_id;
        } else {
          set.hl7_.push_back(load_hl7_transaction(root, library));
          set.hl7_.back().profile = profile_id;
          set.hl7_.back().transaction = transaction_id;
        }
      }
    }
  }
  for (const auto& file : xml_files(data_dir / "copy-rules")) {
    set.copy_.push_back(load_copy_rules(file));
    if (set.find_profile(set.copy_.back().profile) == nullptr)
      throw HarnessError(file.string() + ": unknown profile '" + set.copy_.back().profile + "'");
  }
  return set;
}

}  // namespace ihe::profiles
