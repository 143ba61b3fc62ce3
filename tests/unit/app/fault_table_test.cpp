// The detection matrix's table: the group-case rows (MESA 106) name the scenario that detects them.
#include <gtest/gtest.h>

#include <algorithm>

#include "app/fault_table.h"

namespace ihe::app {
namespace {

const FaultRow& row_of(const std::vector<FaultRow>& table, const std::string& role,
                       const std::string& fault) {
  const auto it = std::find_if(table.begin(), table.end(),
                               [&](const FaultRow& r) { return r.role == role && r.fault == fault; });
  if (it == table.end()) throw std::runtime_error("no row for " + fault);
  return *it;
}

TEST(FaultTable, GroupCaseFaultsAreMeantForSwfIm070) {
  const auto table = fault_table();
  const auto& refuses = row_of(table, "image-manager", "mpps-refuses-group");
  const auto& drops = row_of(table, "image-manager", "archive-drops-request-attributes");
  EXPECT_EQ(refuses.scenarios, std::vector<std::string>{"SWF-IM-070"});
  EXPECT_EQ(drops.scenarios, std::vector<std::string>{"SWF-IM-070"});
}

}  // namespace
}  // namespace ihe::app
