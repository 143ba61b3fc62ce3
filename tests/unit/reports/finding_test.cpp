#include <gtest/gtest.h>

#include "reports/model/finding.h"

namespace ihe::reports {
namespace {

Finding finding(Severity severity) {
  return {severity,  {"PS3.4", "Table K.6-1", Strength::Shall}, "(0040,0100)", "1 item", "2 items",
          "too many", {}};
}

TEST(Finding, VerdictIsFailWithAnyErrorWarningWithOnlyWarningsElsePass) {
  EXPECT_EQ(verdict_of({}), Verdict::Pass);
  EXPECT_EQ(verdict_of({finding(Severity::Info)}), Verdict::Pass);
  EXPECT_EQ(verdict_of({finding(Severity::Info), finding(Severity::Warning)}), Verdict::Warning);
  EXPECT_EQ(verdict_of({finding(Severity::Warning), finding(Severity::Error)}), Verdict::Fail);
}

TEST(Finding, OneLineNamesSeverityLocationExpectedActualAndCitation) {
  EXPECT_EQ(finding(Severity::Error).to_string(),
            "ERROR (0040,0100): too many; expected: 1 item; actual: 2 items [PS3.4 Table K.6-1 (SHALL)]");
  Finding empty = finding(Severity::Warning);
  empty.actual.clear();
  EXPECT_NE(empty.to_string().find("actual: (empty)"), std::string::npos);
}

TEST(SpecRef, StrengthParsesOnlyTheRfcWords) {
  EXPECT_EQ(parse_strength("SHALL"), Strength::Shall);
  EXPECT_EQ(parse_strength("SHOULD"), Strength::Should);
  EXPECT_EQ(parse_strength("shall"), std::nullopt);
}

}  // namespace
}  // namespace ihe::reports
