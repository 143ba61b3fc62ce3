#include <array>

#include "validation/consistency.h"
#include "validation/dicom_validator.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

struct KindRules {
  std::string_view kind;
  std::string_view transaction;
  std::string_view dataset;  // empty for HL7
};

constexpr std::array<KindRules, 15> kKinds{{
    {"rad-1", "RAD-1", ""},
    {"order", "RAD-2", ""},
    {"rad-3", "RAD-3", ""},
    {"rad-4", "RAD-4", ""},
    {"rad-12", "RAD-12", ""},
    {"rad-13", "RAD-13", ""},
    {"rad-48", "RAD-48", ""},
    {"mwl", "RAD-5", "mwl-response"},
    {"mpps-create", "RAD-6", "mpps-n-create"},
    {"mpps-set", "RAD-7", "mpps-n-set"},
    {"image", "RAD-8", "image"},
    {"stgcmt-request", "RAD-10", "stgcmt-request"},
    {"stgcmt-report", "RAD-10", "stgcmt-report"},
    {"query", "RAD-14", "study-response"},
    {"ian", "RAD-49", "ian"},
}};

std::vector<reports::Finding> validate_one(const RecordedMessage& m, const KindRules& kind,
                                           const profiles::RuleSet& rules, std::string_view profile) {
  if (m.hl7) {
    const auto* hl7_rules = rules.hl7_rules(profile, kind.transaction);
    return hl7_rules ? validate_hl7(*m.hl7, *hl7_rules) : std::vector<reports::Finding>{};
  }
  const auto* dicom_rules = rules.dicom_rules(profile, kind.transaction);
  const auto* dataset = dicom_rules ? dicom_rules->find(kind.dataset) : nullptr;
  return dataset ? validate_dicom(m.dataset, *dataset) : std::vector<reports::Finding>{};
}

}  // namespace

std::vector<reports::Finding> validate_recorded(const std::vector<RecordedMessage>& messages,
                                                const profiles::RuleSet& rules, std::string_view profile) {
  std::vector<reports::Finding> findings;
  for (const auto& m : messages) {
    for (const auto& kind : kKinds) {
      if (kind.kind != m.kind) continue;
      for (auto& f : validate_one(m, kind, rules, profile)) {
        f.location = m.label + " " + f.location;
        findings.push_back(std::move(f));
      }
    }
  }
  return findings;
}

}  // namespace ihe::validation
