#pragma once

#include <filesystem>

#include "reports/model/run_report.h"

namespace ihe::reports {

// Writes report.html (self-contained), report.json (schema version RunReport::kSchemaVersion) and
// junit.xml into `out_dir`, creating it, and each piece of evidence's raw content as its own file under
// out_dir/evidence/ (ID.hl7 for HL7 frames, bytes as received, ready to replay; ID.txt otherwise).
// Throws ihe::HarnessError naming the file when one cannot be written.
void write_report(const RunReport& report, const std::filesystem::path& out_dir);

}  // namespace ihe::reports
