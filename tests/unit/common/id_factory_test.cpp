#include "actors/common/id_factory.h"

#include <gtest/gtest.h>

#include <set>

namespace ihe::actors {
namespace {

TEST(IdFactory, ControlIdsAreUniqueAndFitMsh10) {
  IdFactory ids;
  std::set<std::string> seen;
  for (int i = 0; i < 10000; ++i) {
    const auto id = ids.control_id();
    EXPECT_LE(id.size(), 20u) << id;
    EXPECT_TRUE(seen.insert(id).second) << "duplicate " << id;
  }
}

TEST(IdFactory, ControlIdsAreTheRunPrefixThenACounterFromOne) {
  IdFactory a;
  const auto id = a.control_id();
  EXPECT_EQ(id.front(), 'H');
  EXPECT_EQ(id.substr(9), "1");
}

}  // namespace
}  // namespace ihe::actors
