#include <gtest/gtest.h>

#include <fstream>

#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/net_util.h"
#include "tests/unit/dicom/sample_datasets.h"

namespace ihe::net {
namespace {

using dicom::Tag;

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
  EXPECT_EQ(read.dataset, original) << "expected:\n" << original.to_text() << "got:\n" << read.dataset.to_text();
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
