#include "reports/writers/accreditation.h"

#include <algorithm>

#include "reports/writers/report_queries.h"

namespace ihe::reports {
namespace {

bool is_hl7(const Evidence& evidence) {
  return evidence.kind == EvidenceKind::Hl7Message;
}
bool is_dicom(const Evidence& evidence) {
  return evidence.kind == EvidenceKind::DicomDimse || evidence.kind == EvidenceKind::Association;
}

// The scenarios whose evidence includes the protocol, the worst of their verdicts, and the transactions
// that evidence names.
template <typename IsProtocol>
AccreditationItem protocol_item(const RunReport& report, std::string key, std::string question,
                                IsProtocol is) {
  AccreditationItem item{.key = std::move(key), .question = std::move(question)};
  for (const auto& scenario : report.scenarios) {
    bool uses = false;
    for (const auto* evidence : scenario_evidence(report, scenario)) {
      if (!is(*evidence)) continue;
      uses = true;
      const auto& t = evidence->transaction;
      if (!t.empty() &&
          std::find(item.transactions.begin(), item.transactions.end(), t) == item.transactions.end())
        item.transactions.push_back(t);
    }
    if (!uses) continue;
    item.examined = true;
    item.verdict = worst_of(item.verdict, scenario.verdict);
    item.scenario_ids.push_back(scenario.id);
  }
  return item;
}

}  // namespace

std::vector<AccreditationItem> accreditation_items(const RunReport& report) {
  std::vector<AccreditationItem> items;
  items.push_back(protocol_item(report, "hl7-integration",
                                "HL7 integration between HIS/RIS and PACS and imaging systems", is_hl7));
  items.push_back(
      protocol_item(report, "dicom-compatibility", "DICOM compatibility of the imaging systems", is_dicom));
  AccreditationItem ihe{.key = "ihe-tf", .question = "Support of the IHE Technical Framework (Radiology)"};
  for (const auto& claim : report.claims) {
    ihe.claims.push_back(claim_label(claim.claim) + ": " + std::string(to_string(claim.verdict)));
    if (claim.verdict == Verdict::Skipped) continue;
    ihe.examined = true;
    ihe.verdict = worst_of(ihe.verdict, claim.verdict);
  }
  items.push_back(std::move(ihe));
  return items;
}

}  // namespace ihe::reports
