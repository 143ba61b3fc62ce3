#pragma once

#include <cstddef>
#include <string>

#include "reports/model/run_report.h"

namespace ihe::reports::html {

// One scenario's <article> of report.html (template scenario.html): facts, the sequence diagram, each
// step (template step.html) with its verdict and findings, and the raw evidence in <details>, one click
// from the diagram's arrows and the findings' evidence links.
std::string scenario_section(const RunReport& report, std::size_t index);

}  // namespace ihe::reports::html
