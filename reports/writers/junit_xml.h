#pragma once

#include <string>

#include "reports/model/run_report.h"

namespace ihe::reports {

// junit.xml as Jenkins (junit plugin) and GitLab read it: <testsuites> holding one <testsuite>, one
// <testcase> per scenario (classname = SUT role, name = "ID title", time in seconds). Fail becomes
// <failure>, Inconclusive and Error become <error>, Skipped becomes <skipped>, each carrying the findings
// or the step notes; Pass and Warning pass (a Warning's findings go to <system-out>).
// tests/reports/junit.xsd describes the structure.
std::string junit_xml(const RunReport& report);

}  // namespace ihe::reports
