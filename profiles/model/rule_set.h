#pragma once

#include <filesystem>
#include <string_view>
#include <vector>

#include "profiles/model/catalog.h"
#include "profiles/model/copy_rules.h"
#include "profiles/model/dicom_rules.h"
#include "profiles/model/hl7_rules.h"

namespace ihe::profiles {

// Everything under a profiles data folder:
//   *.xml                  one <profile> each (swf-b.xml, swf-legacy.xml, pir.xml)
//   hl7/structures.xml     HL7 abstract message syntaxes by structure id
//   hl7/segments/*.xml     reusable segment field rules
//   copy-rules/*.xml       cross-message rules per profile (worklist -> image / MPPS, RAD-4 -> worklist)
//   transactions/*.xml     one <transaction-rules> each: <message>s for HL7, <dataset>s for DICOM
//   (rad-004.xml, ...)
// Loading fails with FILE:LINE on the first typo, unknown reference or rule for an undeclared profile or
// transaction.
class RuleSet {
 public:
  static RuleSet load(const std::filesystem::path& data_dir);
  // The folder shipped with the source tree.
  static std::filesystem::path default_data_dir();

  const std::vector<Profile>& profiles() const { return profiles_; }
  const Profile* find_profile(std::string_view id) const;
  // nullptr when the data holds no message rules for that transaction in that profile.
  const Hl7TransactionRules* hl7_rules(std::string_view profile, std::string_view transaction) const;
  const DicomTransactionRules* dicom_rules(std::string_view profile, std::string_view transaction) const;
  // nullptr when the profile has no cross-message rules.
  const CopyRules* copy_rules(std::string_view profile) const;

 private:
  std::vector<Profile> profiles_;
  std::vector<Hl7TransactionRules> hl7_;
  std::vector<DicomTransactionRules> dicom_;
  std::vector<CopyRules> copy_;
};

}  // namespace ihe::profiles
