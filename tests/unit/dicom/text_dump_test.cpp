#include <gtest/gtest.h>

#include <sstream>

#include "actors/dicom/dicom_dataset.h"
#include "tests/unit/dicom/sample_datasets.h"

namespace ihe::dicom {
namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

TEST(DicomDatasetText, PrintsOneAttributePerLineWithKeywordComments) {
  DicomDataset d;
  d.set(Tag{0x0010, 0x0010}, "DOE^JOHN").set(Tag{0x0028, 0x0010}, "512").set(Tag{0x0010, 0x0030}, "");
  auto lines = lines_of(d.to_text());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].substr(0, 26), "(0010,0010) PN [DOE^JOHN] ");
  EXPECT_NE(lines[0].find("# PatientName"), std::string::npos);
  EXPECT_EQ(lines[1].substr(0, 36), "(0010,0030) DA (no value available) ");
  EXPECT_NE(lines[1].find("# PatientBirthDate"), std::string::npos);
  EXPECT_EQ(lines[2].substr(0, 19), "(0028,0010) US 512 ");
  EXPECT_NE(lines[2].find("# Rows"), std::string::npos);
}

TEST(DicomDatasetText, IndentsSequenceItems) {
  DicomDataset step;
  step.set(Tag{0x0008, 0x0060}, "MR");
  DicomDataset d;
  d.set_sequence(Tag{0x0040, 0x0100}, {step});
  auto lines = lines_of(d.to_text());
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0].rfind("(0040,0100) SQ (Sequence with 1 item)", 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find("# ScheduledProcedureStepSequence"), std::string::npos);
  EXPECT_EQ(lines[1], "  (FFFE,E000) na (Item #1 with 1 element)");
  EXPECT_EQ(lines[2].rfind("    (0008,0060) CS [MR]", 0), 0u) << lines[2];
}

TEST(DicomDatasetText, ShowsBulkDataAsShortenedHex) {
  DicomDataset d;
  std::vector<std::uint8_t> bytes(20, 0xAB);
  d.set_bytes(Tag{0x7FE0, 0x0010}, Vr::OW, bytes);
  auto text = d.to_text();
  EXPECT_NE(text.find("(7FE0,0010) OW AB\\AB\\AB"), std::string::npos) << text;
  EXPECT_NE(text.find("\\AB... "), std::string::npos) << text;  // 16 of 20 bytes shown
  EXPECT_NE(text.find("# 20 bytes, PixelData"), std::string::npos) << text;
}

TEST(DicomDatasetText, EscapesLineBreaksSoEachAttributeStaysOnOneLine) {
  DicomDataset d;
  d.set(Tag{0x0010, 0x21B0}, "one\r\ntwo");
  EXPECT_EQ(lines_of(d.to_text()).size(), 1u);
  EXPECT_NE(d.to_text().find("[one\\r\\ntwo]"), std::string::npos);
}

TEST(DicomDatasetText, CoversEveryAttributeOfTheSample) {
  auto d = test::every_vr_dataset();
  auto text = d.to_text();
  for (const auto& [tag, element] : d.elements())
    EXPECT_NE(text.find(tag.to_string()), std::string::npos) << tag.to_string();
  EXPECT_NE(text.find("(0008,1110) SQ (Sequence with 0 items)"), std::string::npos);
  EXPECT_NE(text.find("(FFFE,E000) na (Item #1 with 0 elements)"), std::string::npos);
}

}  // namespace
}  // namespace ihe::dicom
