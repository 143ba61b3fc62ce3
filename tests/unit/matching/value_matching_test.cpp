#include <gtest/gtest.h>

#include "actors/common/matching/matching.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kPatientName{0x0010, 0x0010};
constexpr Tag kPatientId{0x0010, 0x0020};
constexpr Tag kModality{0x0008, 0x0060};
constexpr Tag kModalities{0x0008, 0x0061};
constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kStudyDate{0x0008, 0x0020};

bool match(Tag tag, Vr vr, std::string_view key, std::string_view stored) {
  DicomDataset keys, candidate;
  keys.set(tag, vr, key);
  candidate.set(tag, vr, stored);
  return matches(keys, candidate);
}

TEST(UniversalMatching, EmptyKeyMatchesAnyValueAndAbsence) {  // PS3.4 C.2.2.2.3
  EXPECT_TRUE(match(kPatientId, Vr::LO, "", "PAT1"));
  DicomDataset keys;
  keys.set(kPatientId, Vr::LO, "");
  EXPECT_TRUE(matches(keys, DicomDataset{}));
}

TEST(UniversalMatching, LoneStarIsUniversalEvenForAbsentAttribute) {
  DicomDataset keys;
  keys.set(kPatientName, Vr::PN, "*");
  EXPECT_TRUE(matches(keys, DicomDataset{}));
}

TEST(SingleValueMatching, ExactValueMatchesAndOtherValueDoesNot) {
  EXPECT_TRUE(match(kPatientId, Vr::LO, "PAT1", "PAT1"));
  EXPECT_FALSE(match(kPatientId, Vr::LO, "PAT1", "PAT12"));
  EXPECT_FALSE(match(kPatientId, Vr::LO, "PAT1", "pat1"));  // case-sensitive outside PN
}

TEST(SingleValueMatching, PaddingSpacesAreIgnored) {
  EXPECT_TRUE(match(kPatientId, Vr::LO, "PAT1 ", " PAT1"));
  EXPECT_TRUE(match(kModality, Vr::CS, "CT", "CT "));
}

TEST(SingleValueMatching, PersonNameIgnoresCaseAndTrailingEmptyComponents) {
  EXPECT_TRUE(match(kPatientName, Vr::PN, "doe^john", "DOE^JOHN^^^"));
  EXPECT_FALSE(match(kPatientName, Vr::PN, "DOE^JANE", "DOE^JOHN"));
}

TEST(SingleValueMatching, NonUniversalKeyDoesNotMatchEmptyOrAbsentValue) {
  EXPECT_FALSE(match(kPatientId, Vr::LO, "PAT1", ""));
  DicomDataset keys;
  keys.set(kPatientId, Vr::LO, "PAT1");
  EXPECT_FALSE(matches(keys, DicomDataset{}));
}

TEST(WildcardMatching, StarAndQuestionMark) {  // PS3.4 C.2.2.2.4
  EXPECT_TRUE(match(kPatientName, Vr::PN, "DOE*", "DOE^JOHN"));
  EXPECT_TRUE(match(kPatientName, Vr::PN, "*^JO?N", "DOE^JOHN"));
  EXPECT_FALSE(match(kPatientName, Vr::PN, "SMITH*", "DOE^JOHN"));
  EXPECT_FALSE(match(kPatientId, Vr::LO, "PAT?", "PAT12"));
  EXPECT_TRUE(match(kPatientId, Vr::LO, "P*1*2", "PAT1X2"));
}

TEST(WildcardMatching, NotAppliedToUids) {
  EXPECT_FALSE(match(kStudyUid, Vr::UI, "1.2.*", "1.2.3"));
  EXPECT_TRUE(match(kStudyUid, Vr::UI, "1.2.3", "1.2.3"));
}

TEST(WildcardMatchingFunction, BacktracksOverRepeatedStars) {
  EXPECT_TRUE(wildcard_match("a*b*c", "axxbyyc"));
  EXPECT_FALSE(wildcard_match("a*b*c", "axxbyy"));
  EXPECT_TRUE(wildcard_match("**", ""));
  EXPECT_TRUE(wildcard_match("ab", "AB", true));
  EXPECT_FALSE(wildcard_match("ab", "AB", false));
}

TEST(ListOfUidMatching, AnyListedUidMatches) {  // PS3.4 C.2.2.2.2
  EXPECT_TRUE(match(kStudyUid, Vr::UI, "1.2.3\\1.2.4", "1.2.4"));
  EXPECT_FALSE(match(kStudyUid, Vr::UI, "1.2.3\\1.2.4", "1.2.5"));
}

TEST(MultipleValueMatching, MultiValuedCandidateMatchesAnyOfItsValues) {
  EXPECT_TRUE(match(kModalities, Vr::CS, "CT", "MR\\CT"));
  EXPECT_TRUE(match(kModalities, Vr::CS, "US\\CT", "MR\\CT"));
  EXPECT_FALSE(match(kModalities, Vr::CS, "US", "MR\\CT"));
}

TEST(SingleValueMatching, DateWithoutDashIsExact) {
  EXPECT_TRUE(match(kStudyDate, Vr::DA, "20240102", "20240102"));
  EXPECT_FALSE(match(kStudyDate, Vr::DA, "20240102", "20240103"));
  EXPECT_FALSE(match(kStudyDate, Vr::DA, "2024*", "20240103"));  // no wildcards on dates
}

}  // namespace
}  // namespace ihe::actors
