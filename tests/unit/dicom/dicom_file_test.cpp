#include <gtest/gtest.h>

#include <fstream>

#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/net_util.h"
#include "tests/unit/dicom/sample_datasets.h"

namespace ihe::net {
namespace {

using dicom::Tag;

std::string little_endian(std::uint32_t value, std::size_t size) {
  std::string bytes;
  for (std::size_t i = 0; i < size; ++i) bytes += static_cast<char>((value >> (8 * i)) & 0xFF);
  return bytes;
}

// Explicit VR Little Endian by hand (PS3.5 7.1.2), for files no library would write.
std::string element(std::uint16_t group, std::uint16_t number, std::string_view vr, std::string_view value) {
  bool long_form = vr == "OB" || vr == "OW" || vr == "SQ" || vr == "UN" || vr == "UT";
  return little_endian(group, 2) + little_endian(number, 2) + std::string(vr) +
         (long_form ? std::string(2, '\0') + little_endian(value.size(), 4)
                    : little_endian(value.size(), 2)) +
         std::string(value);
}

std::string item(std::string_view content) {
  return little_endian(0xFFFE, 2) + little_endian(0xE000, 2) + little_endian(content.size(), 4) +
         std::string(content);
}

// PS3.10 7.1: preamble, "DICM", the meta group with its length, then the data set.
std::string handmade_part10(std::string transfer_syntax, const std::string& dataset) {
  if (transfer_syntax.size() % 2) transfer_syntax += '\0';
  auto meta = element(0x0002, 0x0010, "UI", transfer_syntax);
  return std::string(128, '\0') + "DICM" + element(0x0002, 0x0000, "UL", little_endian(meta.size(), 4)) +
         meta + dataset;
}

void write_bytes(const std::filesystem::path& path, const std::string& bytes) {
  std::ofstream out(path, std::ios::binary);
  out << bytes;
}

TEST(DicomFile, RoundTripsEveryVrThroughAPart10File) {
  ihe::test::TempDir dir;
  auto original = dicom::test::every_vr_dataset();
  ASSERT_FALSE(write_dicom_file(dir / "every_vr.dcm", original));
  auto read = read_dicom_file(dir / "every_vr.dcm");
  ASSERT_TRUE(read) << read.error.message();
  EXPECT_EQ(read.dataset, original) << "expected:\n"
                                    << original.to_text() << "got:\n"
                                    << read.dataset.to_text();
}

TEST(DicomFile, GeneratesTheMetaHeaderFromTheSopUids) {
  ihe::test::TempDir dir;
  auto original = dicom::test::every_vr_dataset();
  ASSERT_FALSE(write_dicom_file(dir / "image.dcm", original));
  auto read = read_dicom_file(dir / "image.dcm");
  ASSERT_TRUE(read) << read.error.message();
  EXPECT_EQ(read.meta.string(Tag{0x0002, 0x0002}), original.string(Tag{0x0008, 0x0016}));
  EXPECT_EQ(read.meta.string(Tag{0x0002, 0x0003}), original.string(Tag{0x0008, 0x0018}));
  EXPECT_EQ(read.meta.string(Tag{0x0002, 0x0010}), "1.2.840.10008.1.2.1");  // Explicit VR Little Endian
  EXPECT_FALSE(read.dataset.contains(Tag{0x0002, 0x0010}));
}

TEST(DicomFile, StartsWithPreambleAndDicmPrefix) {
  ihe::test::TempDir dir;
  ASSERT_FALSE(write_dicom_file(dir / "image.dcm", dicom::test::every_vr_dataset()));
  std::ifstream in(dir / "image.dcm", std::ios::binary);
  std::string head(132, '\0');
  in.read(head.data(), 132);
  EXPECT_EQ(head.substr(128, 4), "DICM");  // PS3.10 7.1
}

TEST(DicomFile, IgnoresMetaElementsGivenInTheDataSet) {
  ihe::test::TempDir dir;
  auto original = dicom::test::every_vr_dataset();
  auto with_meta = original;
  with_meta.set(Tag{0x0002, 0x0010}, "1.2.840.10008.1.2");
  ASSERT_FALSE(write_dicom_file(dir / "image.dcm", with_meta));
  auto read = read_dicom_file(dir / "image.dcm");
  ASSERT_TRUE(read) << read.error.message();
  EXPECT_EQ(read.meta.string(Tag{0x0002, 0x0010}), "1.2.840.10008.1.2.1");
  EXPECT_EQ(read.dataset, original);
}

// A peer's malformed value is evidence for the validators, not a reason to throw or drop it: this file
// holds an OW value of 3 bytes (PS3.5 6.2 wants whole 16-bit words).
TEST(DicomFile, KeepsOddLengthBulkDataOfAForeignFile) {
  ihe::test::TempDir dir;
  write_bytes(dir / "odd.dcm",
              handmade_part10("1.2.840.10008.1.2.1", element(0x0009, 0x1002, "OW", "\x01\x02\x03")));

  DicomFileRead read;
  ASSERT_NO_THROW(read = read_dicom_file(dir / "odd.dcm"));
  ASSERT_TRUE(read) << read.error.message();
  const auto* odd = read.dataset.find(Tag{0x0009, 0x1002});
  ASSERT_NE(odd, nullptr);
  EXPECT_EQ(odd->vr, dicom::Vr::OW);
  EXPECT_EQ(odd->bytes, (std::vector<std::uint8_t>{1, 2, 3}));
}

// Compressed Pixel Data (PS3.5 A.4, JPEG Baseline here) has no place in DicomDataset: it stays present and
// empty, and the rest of the data set is read.
TEST(DicomFile, KeepsEncapsulatedPixelDataPresentButEmpty) {
  ihe::test::TempDir dir;
  std::string pixel_data = std::string("\xE0\x7F\x10\x00OB\0\0\xFF\xFF\xFF\xFF", 12) + item("") +
                           item(std::string("\xFF\xD8\xFF\xD9", 4)) +
                           std::string("\xFE\xFF\xDD\xE0\0\0\0\0", 8);
  write_bytes(dir / "jpeg.dcm", handmade_part10("1.2.840.10008.1.2.4.50",
                                                element(0x0010, 0x0010, "PN", "ENCAP^TEST") + pixel_data));

  auto read = read_dicom_file(dir / "jpeg.dcm");
  ASSERT_TRUE(read) << read.error.message();
  EXPECT_EQ(read.dataset.string(Tag{0x0010, 0x0010}), "ENCAP^TEST");
  ASSERT_TRUE(read.dataset.contains(Tag{0x7FE0, 0x0010}));
  EXPECT_TRUE(read.dataset.find(Tag{0x7FE0, 0x0010})->is_empty());
}

TEST(DicomFile, ReportsAMissingFileAsNotFound) {
  ihe::test::TempDir dir;
  auto read = read_dicom_file(dir / "absent.dcm");
  EXPECT_EQ(read.error, DicomFileError::NotFound);
  EXPECT_FALSE(read);
  EXPECT_TRUE(read.dataset.empty());
}

TEST(DicomFile, ReportsAnEmptyFileAsEmpty) {
  ihe::test::TempDir dir;
  write_bytes(dir / "empty.dcm", "");
  EXPECT_EQ(read_dicom_file(dir / "empty.dcm").error, DicomFileError::Empty);
}

TEST(DicomFile, ReportsATextFileAsNotDicom) {
  ihe::test::TempDir dir;
  write_bytes(dir / "notes.txt", "MSH|^~\\&|this is an HL7 message, not DICOM\r");
  EXPECT_EQ(read_dicom_file(dir / "notes.txt").error, DicomFileError::NotDicom);
  write_bytes(dir / "long.txt", std::string(4000, 'x'));
  EXPECT_EQ(read_dicom_file(dir / "long.txt").error, DicomFileError::NotDicom);
}

TEST(DicomFile, ReportsATruncatedFileAsUnreadable) {
  ihe::test::TempDir dir;
  ASSERT_FALSE(write_dicom_file(dir / "image.dcm", dicom::test::every_vr_dataset()));
  std::ifstream in(dir / "image.dcm", std::ios::binary);
  std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  write_bytes(dir / "truncated.dcm", bytes.substr(0, bytes.size() - 7));
  EXPECT_EQ(read_dicom_file(dir / "truncated.dcm").error, DicomFileError::Unreadable);
}

TEST(DicomFile, ReportsADirectoryAsUnreadable) {
  ihe::test::TempDir dir;
  EXPECT_EQ(read_dicom_file(dir.path()).error, DicomFileError::Unreadable);
}

TEST(DicomFile, RefusesToWriteWithoutSopUids) {
  ihe::test::TempDir dir;
  auto d = dicom::test::every_vr_dataset();
  d.erase(Tag{0x0008, 0x0018});
  EXPECT_EQ(write_dicom_file(dir / "image.dcm", d), DicomFileError::MissingSopUids);
  EXPECT_FALSE(std::filesystem::exists(dir / "image.dcm"));
}

TEST(DicomFile, ReportsAnUnwritablePath) {
  ihe::test::TempDir dir;
  EXPECT_EQ(write_dicom_file(dir / "no" / "such" / "folder.dcm", dicom::test::every_vr_dataset()),
            DicomFileError::Unwritable);
}

TEST(DicomFile, ErrorsCarryTheirOwnCategoryAndMessages) {
  std::error_code error = DicomFileError::NotDicom;
  EXPECT_EQ(error.category().name(), std::string("ihe.dicom_file"));
  EXPECT_NE(error.message().find("DICM"), std::string::npos);
  EXPECT_NE(std::error_code(DicomFileError::NotFound), std::error_code(DicomFileError::Unreadable));
}

}  // namespace
}  // namespace ihe::net
