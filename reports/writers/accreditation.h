#pragma once

#include <string>
#include <vector>

#include "reports/model/run_report.h"

// The questions a site's accreditation asks about imaging IT (e.g. hospital certification catalogues
// that ask for HL7 integration between HIS/RIS and PACS, DICOM compatibility of imaging systems, and
// support of the IHE Technical Framework), answered from what this run observed. Nothing here is a
// table of transaction bindings: a scenario counts for HL7 or DICOM because its evidence shows it
// exchanged HL7 messages or DICOM associations/DIMSE messages with the SUT.
namespace ihe::reports {

struct AccreditationItem {
  std::string key;        // stable id for report.json: "hl7-integration", "dicom-compatibility", "ihe-tf"
  std::string question;   // as a site is asked it
  bool examined = false;  // false: this run produced no evidence for it (verdict then Skipped)
  Verdict verdict = Verdict::Skipped;
  std::vector<std::string> transactions{};  // "RAD-4", ... in first-seen order (HL7 and DICOM items)
  std::vector<std::string> scenario_ids{};  // the scenarios (HL7, DICOM) behind the verdict
  std::vector<std::string> claims{};        // "SWF.b IM: PASS" (IHE TF item)
};

std::vector<AccreditationItem> accreditation_items(const RunReport& report);

}  // namespace ihe::reports
