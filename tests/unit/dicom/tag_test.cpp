#include <gtest/gtest.h>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::dicom {
namespace {

TEST(Tag, ParsesParenthesisedCommaAndBareHexForms) {
  EXPECT_EQ(Tag::parse("(0010,0010)"), (Tag{0x0010, 0x0010}));
  EXPECT_EQ(Tag::parse("0040,A160"), (Tag{0x0040, 0xA160}));
  EXPECT_EQ(Tag::parse("7fe00010"), (Tag{0x7FE0, 0x0010}));
  EXPECT_EQ(Tag::parse(" (0008,0016) "), (Tag{0x0008, 0x0016}));
}

TEST(Tag, ParsesDictionaryKeywords) {
  EXPECT_EQ(Tag::parse("PatientName"), (Tag{0x0010, 0x0010}));
  EXPECT_EQ(Tag::parse("ScheduledProcedureStepSequence"), (Tag{0x0040, 0x0100}));
  EXPECT_EQ(Tag::parse("Modality"), (Tag{0x0008, 0x0060}));  // eight letters, but no hex
}

TEST(Tag, RejectsMalformedText) {
  for (const char* text : {"", "(0010,0010", "0010,001", "001000100", "(0010;0010)", "0010,00G0",
                           "NoSuchKeyword", "patientname"})
    EXPECT_FALSE(Tag::parse(text).has_value()) << text;
}

TEST(Tag, PrintsUppercaseHexInParentheses) {
  EXPECT_EQ((Tag{0x7FE0, 0x0010}).to_string(), "(7FE0,0010)");
  EXPECT_EQ((Tag{0x0008, 0x0005}).to_string(), "(0008,0005)");
}

TEST(Tag, OrdersByGroupThenElement) {
  EXPECT_LT((Tag{0x0008, 0xFFFF}), (Tag{0x0010, 0x0000}));
  EXPECT_LT((Tag{0x0010, 0x0010}), (Tag{0x0010, 0x0020}));
}

TEST(Vr, NamesRoundTripForEveryVr) {
  for (int i = 0; i <= static_cast<int>(Vr::UV); ++i) {
    auto vr = static_cast<Vr>(i);
    EXPECT_EQ(parse_vr(to_string(vr)), vr) << to_string(vr);
  }
  EXPECT_EQ(to_string(Vr::PN), "PN");
  EXPECT_FALSE(parse_vr("ox").has_value());
  EXPECT_FALSE(parse_vr("pn").has_value());
}

}  // namespace
}  // namespace ihe::dicom
