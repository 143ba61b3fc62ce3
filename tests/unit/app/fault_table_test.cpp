// The detection matrix's table: a Fail detects every fault, a Warning only a fault whose requirement the
// scenarios grade SHOULD; the group-case rows (MESA 106) are there with their grading.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/fault_table.h"

namespace ihe::app {
namespace {

using reports::Verdict;

const FaultRow& row_of(const std::vector<FaultRow>& table, const std::string& role,
                       const std::string& fault) {
  const auto it = std::find_if(table.begin(), table.end(),
                               [&](const FaultRow& r) { return r.role == role && r.fault == fault; });
  if (it == table.end()) throw std::runtime_error("no row for " + fault);
  return *it;
}

TEST(FaultTable, AFailDetectsEveryFaultAWarningOnlyAShouldOne) {
  const FaultRow shall{"image-manager", "x", {"SWF-IM-070"}, false, false};
  const FaultRow should{"image-manager", "y", {"SWF-IM-070"}, false, true};
  EXPECT_TRUE(detects(shall, Verdict::Fail));
  EXPECT_TRUE(detects(should, Verdict::Fail));
  EXPECT_FALSE(detects(shall, Verdict::Warning));
  EXPECT_TRUE(detects(should, Verdict::Warning));
  for (const auto verdict : {Verdict::Pass, Verdict::Inconclusive, Verdict::Skipped, Verdict::Error}) {
    EXPECT_FALSE(detects(shall, verdict));
    EXPECT_FALSE(detects(should, verdict));
  }
}

TEST(FaultTable, GroupCaseFaultsAreMeantForSwfIm070WithTheirGrading) {
  const auto table = fault_table();
  const auto& refuses = row_of(table, "image-manager", "mpps-refuses-group");
  const auto& drops = row_of(table, "image-manager", "archive-drops-request-attributes");
  EXPECT_EQ(refuses.scenarios, std::vector<std::string>{"SWF-IM-070"});
  EXPECT_EQ(drops.scenarios, std::vector<std::string>{"SWF-IM-070"});
  EXPECT_FALSE(refuses.should);  // a refused N-CREATE breaks PS3.4 F.7.2.1
  EXPECT_TRUE(drops.should);     // Level 2 storage unverified as a RAD-8 requirement
  // Only that row is graded SHOULD so far: the rest must keep failing their scenarios.
  EXPECT_EQ(std::count_if(table.begin(), table.end(), [](const FaultRow& r) { return r.should; }), 1);
}

}  // namespace
}  // namespace ihe::app
