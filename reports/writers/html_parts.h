#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "reports/model/run_report.h"

// Small pieces shared by the page and the scenario sections of report.html.
namespace ihe::reports::html {

// A model spelling as a CSS class name part: "FAIL" -> "fail" (badge v-fail, finding sev-error).
std::string css_name(std::string_view spelling);
inline std::string verdict_class(Verdict verdict) {
  return css_name(to_string(verdict));
}

// "850 ms", "12.3 s".
std::string duration(std::int64_t ms);

// The id of a scenario's <article>: its position keeps it unique, its id (reduced to [A-Za-z0-9._-])
// keeps the URL readable: "scenario-2-SWF-IM-010".
std::string scenario_anchor(std::size_t index, std::string_view scenario_id);

// The id of the claims table's row for report.claims[index]: "claim-3".
std::string claim_anchor(std::size_t index);

// One piece of evidence as a collapsed <details> (summary line, raw content in <pre>), with this id.
std::string evidence_block(const Evidence& evidence, const std::string& anchor, bool failing);

// Escaped texts joined by ", "; "-" when there are none.
std::string joined(const std::vector<std::string>& texts);

// Links to the scenarios with these ids ("<a href=#anchor>ID</a>"); an id the report lacks is shown
// in class "missing" rather than dropped.
std::string scenario_links(const RunReport& report, const std::vector<std::string>& ids);

}  // namespace ihe::reports::html
