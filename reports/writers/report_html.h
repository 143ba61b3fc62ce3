#pragma once

#include <string>

#include "reports/model/run_report.h"

namespace ihe::reports {

// report.html: one self-contained page (inline CSS, JS and SVG; its Content-Security-Policy forbids any
// fetch) from the templates under reports/templates: header with the overall result, the claims table,
// the accreditation items, then every scenario with its sequence diagram, steps, findings and evidence.
// Everything from the statement, target and wire is HTML-escaped.
std::string report_html(const RunReport& report);

}  // namespace ihe::reports
