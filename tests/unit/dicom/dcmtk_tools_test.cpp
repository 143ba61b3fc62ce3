// Independent judges: DCMTK's command-line tools read what our writer wrote, and dcm2json's DICOM JSON is
// compared with our to_json() by a separate script (compare_dicom_json.py, its normalisations documented).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/unit/dicom/sample_datasets.h"

namespace ihe::net {
namespace {

using dicom::Tag;

std::string read_text(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_text(const std::filesystem::path& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// Runs dcm2json on `file` and compares its JSON with ours of the same file.
void expect_dcm2json_agrees(const ihe::test::TempDir& dir, const std::filesystem::path& file) {
  auto ours = read_dicom_file(file);
  ASSERT_TRUE(ours) << ours.error.message();
  write_text(dir / "ours.json", ours.dataset.to_json());
  ASSERT_EQ(ihe::test::run_command({"dcm2json", file.string(), (dir / "dcm2json.json").string()},
                                   dir / "dcm2json.log"),
            0)
      << read_text(dir / "dcm2json.log");
  auto script = ihe::test::source_dir() / "tests/unit/dicom/compare_dicom_json.py";
  int status = ihe::test::run_command(
      {"/usr/bin/python3", script.string(), (dir / "ours.json").string(), (dir / "dcm2json.json").string()},
      dir / "compare.log");
  EXPECT_EQ(status, 0) << read_text(dir / "compare.log") << "\nours: " << read_text(dir / "ours.json");
}

TEST(DcmtkTools, DcmdumpReadsOurFileWithTheValuesWeWrote) {
  ihe::test::TempDir dir;
  ASSERT_FALSE(write_dicom_file(dir / "every_vr.dcm", dicom::test::every_vr_dataset()));
  // +L: long values in full; -Un: UIDs as numbers, not names.
  ASSERT_EQ(
      ihe::test::run_command({"dcmdump", "+L", "-Un", (dir / "every_vr.dcm").string()}, dir / "dump.txt"), 0)
      << read_text(dir / "dump.txt");
  auto dump = read_text(dir / "dump.txt");
  for (const char* expected :
       {"(0002,0002) UI [1.2.840.10008.5.1.4.1.1.4]", "(0002,0003) UI [1.2.826.0.1.3680043.10.1234.1.1]",
        "(0002,0010) UI [1.2.840.10008.1.2.1]", "(0008,0008) CS [ORIGINAL\\PRIMARY\\AXIAL]",
        "(0010,0010) PN [DOE^JANE^^^]", "(0010,0030) DA (no value available)",
        "(0018,1310) US 0\\256\\256\\0", "(0018,6020) SL -12", "(0020,0020) CS [\\P]",
        "(0028,0009) AT (0018,1063)\\(0018,1065)", "(0028,0100) US (no value available)",
        "(0040,0009) SH [SPS-0002]", "(0040,0275) SQ (Sequence with explicit length #=1)",
        "(0072,0082) SV -9000000000\\7", "(0072,0083) UV 18000000000000000000",
        "(7fe0,0010) OW 0801\\160f\\241d"})
    EXPECT_NE(dump.find(expected), std::string::npos) << "missing: " << expected << "\n" << dump;
}

TEST(DcmtkTools, Dcm2jsonAgreesWithOurJsonOfOurFile) {
  ihe::test::TempDir dir;
  ASSERT_FALSE(write_dicom_file(dir / "every_vr.dcm", dicom::test::every_vr_dataset()));
  expect_dcm2json_agrees(dir, dir / "every_vr.dcm");
}

// A file DCMTK wrote from a dump (dump2dcm), in ISO_IR 100 with Latin-1 bytes and DS forms JSON lacks.
TEST(DcmtkTools, Dcm2jsonAgreesWithOurJsonOfADcmtkWrittenFile) {
  ihe::test::TempDir dir;
  write_text(dir / "latin1.dump",
             "(0008,0005) CS [ISO_IR 100]\n"
             "(0008,0016) UI [1.2.840.10008.5.1.4.1.1.7]\n"
             "(0008,0018) UI [1.2.826.0.1.3680043.10.1234.2.1]\n"
             "(0010,0010) PN [M\xFCller^J\xF6rg]\n"
             "(0020,0013) IS [007]\n"
             "(0028,0030) DS [+.5\\007.25\\-1E+02]\n"
             "(0040,0275) SQ (Sequence with undefined length)\n"
             "(fffe,e000) na (Item with undefined length)\n"
             "(0040,1001) SH [RP-7]\n"
             "(fffe,e00d) na (ItemDelimitationItem)\n"
             "(fffe,e0dd) na (SequenceDelimitationItem)\n"
             "(7fe0,0010) OW 0001\\0203\\0405\\0607\n");
  ASSERT_EQ(ihe::test::run_command(
                {"dump2dcm", "-q", "+te", (dir / "latin1.dump").string(), (dir / "latin1.dcm").string()},
                dir / "dump2dcm.log"),
            0)
      << read_text(dir / "dump2dcm.log");

  auto read = read_dicom_file(dir / "latin1.dcm");
  ASSERT_TRUE(read) << read.error.message();
  EXPECT_EQ(read.dataset.string(Tag{0x0010, 0x0010}), "M\xFCller^J\xF6rg");  // bytes as they are, unconverted
  EXPECT_EQ(read.dataset.find(Tag{0x7FE0, 0x0010})->bytes,
            (std::vector<std::uint8_t>{1, 0, 3, 2, 5, 4, 7, 6}));
  expect_dcm2json_agrees(dir, dir / "latin1.dcm");
}

}  // namespace
}  // namespace ihe::net
