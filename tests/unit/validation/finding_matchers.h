#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "reports/model/finding.h"

namespace ihe::validation::test {

// The finding at `location`, nullptr when none; the test then prints every finding so a failure says why.
inline const reports::Finding* at(const std::vector<reports::Finding>& findings,
                                  const std::string& location) {
  for (const auto& f : findings)
    if (f.location == location) return &f;
  return nullptr;
}

inline std::string all(const std::vector<reports::Finding>& findings) {
  std::string text;
  for (const auto& f : findings) text += "\n  " + f.to_string();
  return text.empty() ? " (none)" : text;
}

// Exactly one finding, at `location`, with that severity and a citation of `document` whose section
// contains `section`.
inline void expect_only(const std::vector<reports::Finding>& findings, const std::string& location,
                        reports::Severity severity, const std::string& document, const std::string& section) {
  ASSERT_EQ(findings.size(), 1u) << all(findings);
  const auto& f = findings.front();
  EXPECT_EQ(f.location, location) << all(findings);
  EXPECT_EQ(f.severity, severity) << all(findings);
  EXPECT_EQ(f.spec_ref.document, document) << all(findings);
  EXPECT_NE(f.spec_ref.section.find(section), std::string::npos) << all(findings);
}

}  // namespace ihe::validation::test
