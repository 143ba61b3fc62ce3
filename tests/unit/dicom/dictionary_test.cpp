#include <gtest/gtest.h>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::dicom {
namespace {

TEST(DataDictionary, LooksUpKeywordAndVrByTag) {
  const auto* entry = lookup(Tag{0x0010, 0x0010});
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->keyword, "PatientName");
  EXPECT_EQ(entry->vr, Vr::PN);
  ASSERT_NE(lookup(Tag{0x0040, 0x0100}), nullptr);
  EXPECT_EQ(lookup(Tag{0x0040, 0x0100})->vr, Vr::SQ);
  EXPECT_EQ(lookup(Tag{0x0008, 0x0018})->keyword, "SOPInstanceUID");
}

TEST(DataDictionary, LooksUpTagByKeyword) {
  const auto* entry = lookup("AccessionNumber");
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->tag, (Tag{0x0008, 0x0050}));
  EXPECT_EQ(entry->vr, Vr::SH);
  EXPECT_EQ(lookup("StudyInstanceUID")->tag, (Tag{0x0020, 0x000D}));
  EXPECT_EQ(lookup("AffectedSOPClassUID")->tag, (Tag{0x0000, 0x0002}));  // command group, PS3.7 E.1
}

TEST(DataDictionary, AgreesBothWaysForEveryKeywordTried) {
  for (const char* keyword : {"PatientID", "Modality", "RequestedProcedureID", "ScheduledStationAETitle",
                              "PerformedProcedureStepStatus", "TransferSyntaxUID", "PixelData", "Rows"}) {
    const auto* by_keyword = lookup(keyword);
    ASSERT_NE(by_keyword, nullptr) << keyword;
    const auto* by_tag = lookup(by_keyword->tag);
    ASSERT_NE(by_tag, nullptr) << keyword;
    EXPECT_EQ(by_tag->keyword, keyword);
  }
}

TEST(DataDictionary, KnowsRetiredAttributesByTheirPs36Keywords) {
  const auto* entry = lookup("OtherPatientIDs");  // retired in PS3.6, "RETIRED_OtherPatientIDs" in DCMTK
  ASSERT_NE(entry, nullptr);
  EXPECT_EQ(entry->tag, (Tag{0x0010, 0x1000}));
  EXPECT_EQ(lookup("RETIRED_OtherPatientIDs"), nullptr);
}

TEST(DataDictionary, MapsDcmtkInternalVrsToStandardOnes) {
  EXPECT_EQ(lookup("PixelData")->vr, Vr::OW);                // px: OB or OW
  EXPECT_EQ(lookup("SmallestImagePixelValue")->vr, Vr::US);  // xs: US or SS
}

TEST(DataDictionary, CoversRepeatingGroupsWithTheirFirstTag) {
  const auto* overlay = lookup(Tag{0x6002, 0x3000});
  ASSERT_NE(overlay, nullptr);
  EXPECT_EQ(overlay->keyword, "OverlayData");
  EXPECT_EQ(overlay->tag, (Tag{0x6000, 0x3000}));
  EXPECT_EQ(lookup(Tag{0x6001, 0x3000}), nullptr);  // odd groups are private, PS3.5 7.8
  EXPECT_EQ(lookup("OverlayRows")->tag, (Tag{0x6000, 0x0010}));
}

TEST(DataDictionary, KnowsNoPrivateOrUnknownTags) {
  EXPECT_EQ(lookup(Tag{0x0009, 0x0010}), nullptr);
  EXPECT_EQ(lookup(Tag{0x0011, 0x1001}), nullptr);
  EXPECT_EQ(lookup(Tag{0x0010, 0x0011}), nullptr);
  EXPECT_EQ(lookup("NoSuchKeyword"), nullptr);
  EXPECT_EQ(lookup(""), nullptr);
}

}  // namespace
}  // namespace ihe::dicom
