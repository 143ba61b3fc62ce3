#include "reports/model/finding.h"

#include <fmt/core.h>

#include <algorithm>

namespace ihe::reports {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::Error:
      return "ERROR";
    case Severity::Warning:
      return "WARNING";
    case Severity::Info:
      return "INFO";
  }
  return "?";
}

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::Pass:
      return "PASS";
    case Verdict::Fail:
      return "FAIL";
    case Verdict::Warning:
      return "WARNING";
    case Verdict::Inconclusive:
      return "INCONCLUSIVE";
    case Verdict::Skipped:
      return "SKIPPED";
    case Verdict::Error:
      return "ERROR";
  }
  return "?";
}

std::string Finding::to_string() const {
  return fmt::format("{} {}: {}; expected: {}; actual: {} [{}]", reports::to_string(severity), location,
                     message, expected, actual.empty() ? "(empty)" : actual, spec_ref.to_string());
}

Verdict verdict_of(const std::vector<Finding>& findings) {
  const auto has = [&](Severity s) {
    return std::any_of(findings.begin(), findings.end(), [s](const Finding& f) { return f.severity == s; });
  };
  if (has(Severity::Error)) return Verdict::Fail;
  if (has(Severity::Warning)) return Verdict::Warning;
  return Verdict::Pass;
}

}  // namespace ihe::reports
