#include "actors/common/id_factory.h"

#include <gtest/gtest.h>

#include <regex>
#include <set>

namespace ihe::actors {
namespace {

TEST(IdFactory, Decimal128IsExactAtTheEdges) {
  EXPECT_EQ(decimal_128(0, 0), "0");
  EXPECT_EQ(decimal_128(0, 1), "1");
  EXPECT_EQ(decimal_128(0, ~0ull), "18446744073709551615");
  EXPECT_EQ(decimal_128(1, 0), "18446744073709551616");
  EXPECT_EQ(decimal_128(~0ull, ~0ull), "340282366920938463463374607431768211455");
}

TEST(IdFactory, UidsAreUnderThe225RootAndValidUiValues) {
  IdFactory uids;
  // PS3.5 9.1: components of digits without leading zeros, at most 64 characters.
  const std::regex form(R"(2\.25\.[1-9][0-9]*)");
  std::set<std::string> seen;
  for (int i = 0; i < 2000; ++i) {
    const auto uid = uids.uid();
    EXPECT_TRUE(std::regex_match(uid, form)) << uid;
    EXPECT_LE(uid.size(), 64u) << uid;
    EXPECT_TRUE(seen.insert(uid).second) << "duplicate " << uid;
  }
}

TEST(IdFactory, TwoFactoriesDoNotRepeatEachOther) {
  IdFactory a;
  IdFactory b;
  EXPECT_NE(a.uid(), b.uid());
}

TEST(IdFactory, TwoFactoriesOfOneSecondDoNotRepeatShortIds) {
  IdFactory a;
  IdFactory b;  // same start second and process: same prefix
  std::set<std::string> seen;
  for (int i = 0; i < 100; ++i) {
    EXPECT_TRUE(seen.insert(a.accession_number()).second);
    EXPECT_TRUE(seen.insert(b.accession_number()).second);
  }
}

TEST(IdFactory, ShortIdsFitShAndStartWithTheirLetter) {
  IdFactory uids;
  std::set<std::string> seen;
  for (int i = 0; i < 5000; ++i) {
    const auto accession = uids.accession_number();
    const auto pps = uids.pps_id();
    EXPECT_LE(accession.size(), 16u) << accession;
    EXPECT_LE(pps.size(), 16u) << pps;
    EXPECT_EQ(accession.front(), 'A');
    EXPECT_EQ(pps.front(), 'P');
    EXPECT_TRUE(seen.insert(accession.substr(1)).second) << accession;
    EXPECT_TRUE(seen.insert(pps.substr(1)).second) << pps;
  }
}

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
