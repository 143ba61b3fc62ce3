#include <gtest/gtest.h>

#include "actors/dicom/dicom_dataset.h"
#include "base/harness_error.h"

namespace ihe::dicom {
namespace {

constexpr Tag kPatientName{0x0010, 0x0010};
constexpr Tag kPatientBirthDate{0x0010, 0x0030};
constexpr Tag kImageType{0x0008, 0x0008};

TEST(DicomDataset, SetsAndFindsAttributesWithTheDictionaryVr) {
  DicomDataset d;
  d.set(kPatientName, "DOE^JOHN").set(Tag{0x0010, 0x0020}, "PID-1");
  ASSERT_TRUE(d.contains(kPatientName));
  const auto* element = d.find(kPatientName);
  ASSERT_NE(element, nullptr);
  EXPECT_EQ(element->vr, Vr::PN);
  EXPECT_EQ(element->values, std::vector<std::string>{"DOE^JOHN"});
  EXPECT_EQ(d.string(Tag{0x0010, 0x0020}), "PID-1");
  EXPECT_EQ(d.size(), 2u);
}

TEST(DicomDataset, AbsentAttributesAreNotFound) {
  DicomDataset d;
  EXPECT_FALSE(d.contains(kPatientName));
  EXPECT_EQ(d.find(kPatientName), nullptr);
  EXPECT_EQ(d.string(kPatientName), std::nullopt);
  EXPECT_TRUE(d.items(Tag{0x0040, 0x0100}).empty());
  EXPECT_TRUE(d.empty());
}

// PS3.5 6.2: values as received from a peer carry padding (a space, a UID's NUL); text() compares without it.
TEST(DicomDataset, TextIsTheValueWithoutItsPadding) {
  DicomDataset d;
  d.set(Tag{0x0010, 0x0020}, "PID-1 ").set(Tag{0x0020, 0x000D}, std::string("1.2.3\0", 6));
  EXPECT_EQ(d.text(Tag{0x0010, 0x0020}), "PID-1");
  EXPECT_EQ(d.text(Tag{0x0020, 0x000D}), "1.2.3");
  EXPECT_EQ(d.text(kPatientName), "") << "absent";
}

TEST(DicomDataset, KeepsEmptyType2AttributesPresent) {
  DicomDataset d;
  d.set(kPatientBirthDate, "");
  ASSERT_TRUE(d.contains(kPatientBirthDate));
  EXPECT_TRUE(d.find(kPatientBirthDate)->is_empty());
  EXPECT_EQ(d.string(kPatientBirthDate), "");
}

TEST(DicomDataset, SplitsMultipleValuesAtBackslashes) {
  DicomDataset d;
  d.set(kImageType, "ORIGINAL\\PRIMARY\\\\AXIAL");
  EXPECT_EQ(d.find(kImageType)->values, (std::vector<std::string>{"ORIGINAL", "PRIMARY", "", "AXIAL"}));
  EXPECT_EQ(d.string(kImageType), "ORIGINAL\\PRIMARY\\\\AXIAL");
}

TEST(DicomDataset, KeepsBackslashesOfSingleValuedTextVrs) {
  DicomDataset d;
  d.set(Tag{0x0010, 0x21B0}, "a\\b");  // LT, PS3.5 6.2
  EXPECT_EQ(d.find(Tag{0x0010, 0x21B0})->values, std::vector<std::string>{"a\\b"});
}

TEST(DicomDataset, ReplacesAnEarlierValueOfTheSameTag) {
  DicomDataset d;
  d.set(kPatientName, "OLD^NAME").set(kPatientName, "NEW^NAME");
  EXPECT_EQ(d.string(kPatientName), "NEW^NAME");
  EXPECT_EQ(d.size(), 1u);
}

TEST(DicomDataset, ErasesAttributes) {
  DicomDataset d;
  d.set(kPatientName, "DOE^JOHN").set(kPatientBirthDate, "19700101");
  d.erase(kPatientName);
  EXPECT_FALSE(d.contains(kPatientName));
  EXPECT_TRUE(d.contains(kPatientBirthDate));
  d.erase(kPatientName);  // erasing what is absent is harmless
  EXPECT_EQ(d.size(), 1u);
}

TEST(DicomDataset, KeepsElementsSortedByTag) {
  DicomDataset d;
  d.set(Tag{0x0020, 0x000D}, "1.2.3").set(Tag{0x0008, 0x0016}, "1.2").set(kPatientName, "X");
  std::vector<Tag> tags;
  for (const auto& [tag, element] : d.elements()) tags.push_back(tag);
  EXPECT_EQ(tags, (std::vector<Tag>{{0x0008, 0x0016}, {0x0010, 0x0010}, {0x0020, 0x000D}}));
}

TEST(DicomDataset, NormalisesBinaryNumbersAndTags) {
  DicomDataset d;
  d.set(Tag{0x0028, 0x0010}, " +0512 ")                    // US
      .set(Tag{0x0008, 0x1163}, "1.50\\2e0")               // FD
      .set(Tag{0x0028, 0x0009}, "00181063\\PatientName");  // AT
  EXPECT_EQ(d.string(Tag{0x0028, 0x0010}), "512");
  EXPECT_EQ(d.string(Tag{0x0008, 0x1163}), "1.5\\2");
  EXPECT_EQ(d.string(Tag{0x0028, 0x0009}), "(0018,1063)\\(0010,0010)");
}

TEST(DicomDataset, RejectsMisuseAsHarnessErrors) {
  DicomDataset d;
  EXPECT_THROW(d.set(Tag{0x0011, 0x1001}, "x"), HarnessError);                      // not in the dictionary
  EXPECT_THROW(d.set(Tag{0x0028, 0x0010}, "70000"), HarnessError);                  // US out of range
  EXPECT_THROW(d.set(Tag{0x0028, 0x0010}, "abc"), HarnessError);                    // no number
  EXPECT_THROW(d.set(Tag{0x0028, 0x0009}, "nonsense"), HarnessError);               // no tag
  EXPECT_THROW(d.set(Tag{0x7FE0, 0x0010}, "text"), HarnessError);                   // bulk VR via set
  EXPECT_THROW(d.set_bytes(kPatientName, Vr::PN, {1, 2}), HarnessError);            // bytes for text
  EXPECT_THROW(d.set_bytes(Tag{0x7FE0, 0x0010}, Vr::OW, {1, 2, 3}), HarnessError);  // odd OW length
  EXPECT_TRUE(d.empty());
}

TEST(DicomDataset, SetsExplicitVrsForTagsOutsideTheDictionary) {
  DicomDataset d;
  d.set(Tag{0x0009, 0x0010}, Vr::LO, "IHE HARNESS").set_bytes(Tag{0x0009, 0x1001}, Vr::UN, {1, 2, 3});
  EXPECT_EQ(d.find(Tag{0x0009, 0x0010})->vr, Vr::LO);
  EXPECT_EQ(d.find(Tag{0x0009, 0x1001})->bytes, (std::vector<std::uint8_t>{1, 2, 3}));
}

TEST(DicomDataset, HoldsSequencesOfItems) {
  DicomDataset step;
  step.set(Tag{0x0008, 0x0060}, "CT");
  DicomDataset d;
  d.set_sequence(Tag{0x0040, 0x0100}, {step, DicomDataset{}});
  ASSERT_EQ(d.items(Tag{0x0040, 0x0100}).size(), 2u);
  EXPECT_EQ(d.items(Tag{0x0040, 0x0100})[0].string(Tag{0x0008, 0x0060}), "CT");
  EXPECT_TRUE(d.items(Tag{0x0040, 0x0100})[1].empty());

  d.mutable_items(Tag{0x0040, 0x0100})->at(1).set(Tag{0x0008, 0x0060}, "MR");
  EXPECT_EQ(d.items(Tag{0x0040, 0x0100})[1].string(Tag{0x0008, 0x0060}), "MR");
  EXPECT_EQ(d.mutable_items(kPatientName), nullptr);
}

TEST(DicomDataset, ComparesByContent) {
  DicomDataset a;
  a.set(kPatientName, "DOE^JOHN").set(kPatientBirthDate, "");
  DicomDataset b;
  b.set(kPatientBirthDate, "").set(kPatientName, "DOE^JOHN");
  EXPECT_EQ(a, b);
  b.set(kPatientBirthDate, "19700101");
  EXPECT_NE(a, b);
}

}  // namespace
}  // namespace ihe::dicom
