// The detection matrix of `ihe-harness selftest --faults`, run in this process: every fault whose scenarios
// are in the library is detected (a Fail), each transport fault ends within its deadline and the run goes
// on to the next scenario, and the libraries pass against our conformant actors (no false Fail). One TEST:
// gtest_discover_tests runs each TEST in its own process, and the matrix takes ~40 s (4 rows at a time;
// ~130 s one by one).
#include <gtest/gtest.h>

#include <algorithm>

#include "app/fault_matrix.h"
#include "profiles/model/rule_set.h"
#include "scenarios/engine/scenario_loader.h"

namespace ihe::app {
namespace {

TEST(FaultMatrix, EveryFaultIsDetectedWithinItsDeadlinesAndNothingFailsFalsely) {
  const auto setup =
      ScenarioSetup::load(profiles::RuleSet::default_data_dir(), scenarios::default_library_dir());
  const auto matrix = run_fault_matrix(setup);
  const auto text = format_matrix(matrix);

  ASSERT_GE(matrix.rows.size(), 30u) << text;
  std::size_t with_scenarios = 0;
  std::size_t transport_rows = 0;
  for (const auto& row : matrix.rows) {
    // Every fault has a scenario meant to see it (issue 7: a fault no scenario detects is a missing one).
    EXPECT_FALSE(row.outcomes.empty()) << row.fault.role << " " << row.fault.fault << ": no scenario\n"
                                       << text;
    if (row.outcomes.empty()) continue;
    ++with_scenarios;
    EXPECT_TRUE(row.detected()) << row.fault.role << " " << row.fault.fault << "\n" << text;
    if (!row.fault.transport) continue;
    ++transport_rows;
    // The run went on past the first scenario (where the role's library has two), and each ended Fail
    // within its deadline.
    const auto of_role = std::count_if(setup.library.begin(), setup.library.end(),
                                       [&](const auto& s) { return s.sut_role == row.fault.role; });
    EXPECT_GE(row.outcomes.size(), std::min<std::size_t>(2, static_cast<std::size_t>(of_role)))
        << row.fault.fault << "\n"
        << text;
    for (const auto& o : row.outcomes) {
      EXPECT_TRUE(o.within_deadline) << row.fault.fault << " " << o.id << "\n" << text;
      EXPECT_EQ(o.verdict, reports::Verdict::Fail) << row.fault.fault << " " << o.id << "\n" << text;
    }
  }
  EXPECT_GE(with_scenarios, 20u) << text;
  // Six modes each in front of the Image Manager, the Order Filler and the modality's report listener.
  EXPECT_EQ(transport_rows, 18u) << text;

  EXPECT_EQ(matrix.detected(), matrix.rows.size()) << text;  // 100%: `selftest --faults` exits 0
  EXPECT_FALSE(matrix.clean.empty());
  EXPECT_EQ(matrix.false_fails(), 0u) << text;
  EXPECT_TRUE(matrix.deadlines_kept()) << text;

  const auto last = text.substr(text.rfind('\n', text.size() - 2) + 1);
  EXPECT_EQ(last, "detected " + std::to_string(matrix.detected()) + "/" + std::to_string(matrix.rows.size()) +
                      " faults, " + std::to_string(matrix.false_fails()) + " false fails\n");
}

}  // namespace
}  // namespace ihe::app
