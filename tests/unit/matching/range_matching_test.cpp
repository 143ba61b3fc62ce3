#include <gtest/gtest.h>

#include "actors/common/matching/matching.h"
#include "actors/common/matching/range_matching.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kStudyDate{0x0008, 0x0020};
constexpr Tag kStudyTime{0x0008, 0x0030};
constexpr Tag kAcquisitionDateTime{0x0008, 0x002A};

bool in_range(Vr vr, std::string_view key, std::string_view value) {
  DicomDataset keys, candidate;
  Tag tag = vr == Vr::DA ? kStudyDate : vr == Vr::TM ? kStudyTime : kAcquisitionDateTime;
  keys.set(tag, vr, key);
  candidate.set(tag, vr, value);
  return matches(keys, candidate);
}

TEST(DateRangeMatching, ClosedOpenLowAndOpenHigh) {  // PS3.4 C.2.2.2.5
  EXPECT_TRUE(in_range(Vr::DA, "20240101-20240131", "20240115"));
  EXPECT_TRUE(in_range(Vr::DA, "20240101-20240131", "20240131"));
  EXPECT_FALSE(in_range(Vr::DA, "20240101-20240131", "20240201"));
  EXPECT_TRUE(in_range(Vr::DA, "20240101-", "20991231"));
  EXPECT_FALSE(in_range(Vr::DA, "20240101-", "20231231"));
  EXPECT_TRUE(in_range(Vr::DA, "-20240101", "19700101"));
  EXPECT_FALSE(in_range(Vr::DA, "-20240101", "20240102"));
}

TEST(DateRangeMatching, MalformedBoundOrValueNeverMatches) {
  EXPECT_FALSE(in_range(Vr::DA, "2024-20240131", "20240115"));
  EXPECT_FALSE(in_range(Vr::DA, "20240101-20240131", "garbage"));
  EXPECT_FALSE(in_range(Vr::DA, "-", "20240115"));
}

TEST(TimeRangeMatching, ReducedPrecisionBoundsCoverTheirWholePeriod) {
  EXPECT_TRUE(in_range(Vr::TM, "0800-1000", "100059"));  // "1000" as upper bound is 10:00:59.999999
  EXPECT_FALSE(in_range(Vr::TM, "0800-1000", "100100"));
  EXPECT_TRUE(in_range(Vr::TM, "08-", "081500.123"));
  EXPECT_FALSE(in_range(Vr::TM, "-0759", "080000"));
  EXPECT_TRUE(in_range(Vr::TM, "07:00-08:00", "07:30:00"));  // ACR-NEMA form
}

TEST(DateTimeRangeMatching, DtRangesIgnoreUtcOffsetSuffix) {
  EXPECT_TRUE(in_range(Vr::DT, "20240101-20240102", "20240102235959+0100"));
  EXPECT_FALSE(in_range(Vr::DT, "20240101-20240102", "20240103000000"));
  EXPECT_TRUE(in_range(Vr::DT, "2024010112-", "20240101120000"));
}

TEST(CombinedDateTimeMatching, DateAndTimeRangesFormOnePeriod) {  // PS3.4 C.2.2.2.5.1
  DicomDataset keys, early, late, next_day_morning;
  keys.set(kStudyDate, Vr::DA, "20240101-20240102").set(kStudyTime, Vr::TM, "2200-0600");
  early.set(kStudyDate, Vr::DA, "20240101").set(kStudyTime, Vr::TM, "2130");
  late.set(kStudyDate, Vr::DA, "20240101").set(kStudyTime, Vr::TM, "2330");
  next_day_morning.set(kStudyDate, Vr::DA, "20240102").set(kStudyTime, Vr::TM, "0300");
  MatchOptions combined{.combine_date_time = true};
  EXPECT_FALSE(matches(keys, early, combined));
  EXPECT_TRUE(matches(keys, late, combined));
  EXPECT_TRUE(matches(keys, next_day_morning, combined));
  // Without the combination the time range 2200-0600 is empty on its own, and matches nothing.
  EXPECT_FALSE(matches(keys, late));
}

TEST(CanonicalDateTime, PadsLowerAndUpperBounds) {
  EXPECT_EQ(detail::canonical_date_time(Vr::TM, "10", false), "100000.000000");
  EXPECT_EQ(detail::canonical_date_time(Vr::TM, "10", true), "105959.999999");
  EXPECT_EQ(detail::canonical_date_time(Vr::DA, "2024.01.02", false), "20240102");
  EXPECT_EQ(detail::canonical_date_time(Vr::TM, "1x", false), std::nullopt);
}

}  // namespace
}  // namespace ihe::actors
