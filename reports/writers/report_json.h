#pragma once

#include <string>

#include "reports/model/run_report.h"

namespace ihe::reports {

// report.json: the whole RunReport for machines, schema_version RunReport::kSchemaVersion, described by
// reports/schema/report.schema.json. Verdicts and severities are the model's to_string() spellings.
std::string report_json(const RunReport& report);

}  // namespace ihe::reports
