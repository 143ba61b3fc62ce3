#pragma once

#include <filesystem>

#include "reports/model/run_report.h"

namespace ihe::reports {

// Writes report.html (self-contained), report.json (schema version RunReport::kSchemaVersion) and
// junit.xml into `out_dir`, creating it. Throws ihe::HarnessError naming the file when one cannot be
// written.
void write_report(const RunReport& report, const std::filesystem::path& out_dir);

}  // namespace ihe::reports
