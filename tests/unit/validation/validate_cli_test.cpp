// `ihe-harness validate` and `list` as a user runs them: exit 0 conformant, 1 errors, 2 unreadable input,
// with one clear line for bad input and never a crash.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "actors/net/dicom/conversion/dicom_file.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/unit/validation/samples.h"

namespace ihe::validation {
namespace {

struct Run {
  int status;
  std::string output;
};

Run harness(const std::vector<std::string>& args) {
  ihe::test::TempDir dir;
  std::vector<std::string> argv{ihe::test::harness_binary().string()};
  argv.insert(argv.end(), args.begin(), args.end());
  const int status = ihe::test::run_command(argv, dir / "out.log");
  std::stringstream text;
  text << std::ifstream(dir / "out.log").rdbuf();
  return {status, text.str()};
}

std::string data(const std::string& name) {
  return (ihe::test::source_dir() / "tests/unit/validation/data" / name).string();
}

std::string write(const ihe::test::TempDir& dir, const std::string& name, const std::string& content) {
  std::ofstream(dir / name, std::ios::binary) << content;
  return (dir / name).string();
}

std::size_t lines(const std::string& text) {
  return static_cast<std::size_t>(std::count(text.begin(), text.end(), '\n'));
}

TEST(ValidateCli, ConformantHl7FilesExitZero) {
  const auto run = harness({"validate", "--transaction", "RAD-4", data("rad-004-omi-o23.hl7")});
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("PASS"), std::string::npos) << run.output;
}

TEST(ValidateCli, ErrorFindingsExitOneAndNameLocationAndCitation) {
  ihe::test::TempDir dir;
  std::string text = test::data_text("rad-013-omi-o23.hl7");
  text.replace(text.find("|CM\r"), 4, "|\r");  // XO with an empty ORC-5
  const auto run = harness({"validate", "--transaction", "RAD-13", write(dir, "rad-013.hl7", text)});
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("ERROR ORC-5"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("Table 4.13-1"), std::string::npos) << run.output;
}

TEST(ValidateCli, WarningsAloneExitZero) {
  ihe::test::TempDir dir;
  std::string text = test::data_text("rad-001-adt-a04.hl7");
  text.replace(text.find("NAT900^^^NATION&2.16.840.1.9&ISO^NI"), 35, "NAT900^^^^NI");
  const auto run = harness({"validate", "--transaction", "RAD-1", write(dir, "a04.hl7", text)});
  EXPECT_EQ(run.status, 0) << run.output;
  EXPECT_NE(run.output.find("WARNING PID-3[2].4"), std::string::npos) << run.output;
}

TEST(ValidateCli, DicomFilesAreCheckedAgainstTheChosenDataSet) {
  ihe::test::TempDir dir;
  auto image = test::sc_image();
  ASSERT_FALSE(net::write_dicom_file(dir / "ok.dcm", image));
  image.erase(dicom::Tag{0x0010, 0x0020});
  ASSERT_FALSE(net::write_dicom_file(dir / "broken.dcm", image));
  EXPECT_EQ(harness({"validate", "--transaction", "RAD-8", (dir / "ok.dcm").string()}).status, 0);
  const auto run =
      harness({"validate", "--transaction", "RAD-8", "--dataset", "image", (dir / "broken.dcm").string()});
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("ERROR (0010,0020)"), std::string::npos) << run.output;
}

TEST(ValidateCli, BadInputIsOneLineAndExitTwo) {
  ihe::test::TempDir dir;
  const std::vector<std::vector<std::string>> cases{
      {"validate", "--transaction", "RAD-4", write(dir, "empty.hl7", "")},
      {"validate", "--transaction", "RAD-4", write(dir, "garbage.hl7", "\x01\x02not hl7 at all")},
      {"validate", "--transaction", "RAD-4", write(dir, "truncated.hl7", "MSH|^~")},
      {"validate", "--transaction", "RAD-8", write(dir, "not.dcm", "MSH|^~\\&|not dicom")},
      {"validate", "--transaction", "RAD-8", write(dir, "empty.dcm", "")},
      {"validate", "--transaction", "RAD-8", (dir / "missing.dcm").string()},
      {"validate", "--transaction", "RAD-99", data("rad-004-omi-o23.hl7")},
      {"validate", "--transaction", "RAD-8", "--dataset", "nope", data("rad-004-omi-o23.hl7")},
      {"list", "everything"},
  };
  for (const auto& args : cases) {
    const auto run = harness(args);
    EXPECT_EQ(run.status, 2) << args.back() << ": " << run.output;
    EXPECT_EQ(lines(run.output), 1u) << args.back() << ": " << run.output;
    EXPECT_EQ(run.output.rfind("ihe-harness: ", 0), 0u) << run.output;
  }
}

TEST(ValidateCli, ConsistencyOverAFolderOfRecordedMessages) {
  ihe::test::TempDir dir;
  write(dir, "rad-004-order.hl7", test::data_text("rad-004-omi-o23.hl7"));
  ASSERT_FALSE(net::write_dicom_file(dir / "rad-008-image.dcm", test::sc_image()));
  auto mwl = test::mwl_item();
  // The worklist item as a file needs SOP UIDs for its meta header; they are not rules' concern.
  mwl.set(dicom::Tag{0x0008, 0x0016}, "1.2.840.10008.5.1.4.31").set(dicom::Tag{0x0008, 0x0018}, "2.25.77");
  ASSERT_FALSE(net::write_dicom_file(dir / "rad-005-item.dcm", mwl));
  auto ok = harness({"validate", "--consistency", dir.path().string()});
  EXPECT_EQ(ok.status, 0) << ok.output;
  mwl.set(dicom::Tag{0x0010, 0x0020}, "PAT999");
  ASSERT_FALSE(net::write_dicom_file(dir / "rad-005-item.dcm", mwl));
  const auto broken = harness({"validate", "--consistency", dir.path().string()});
  EXPECT_EQ(broken.status, 1) << broken.output;
  EXPECT_NE(broken.output.find("rad-005-item.dcm (0010,0020)"), std::string::npos) << broken.output;
  EXPECT_NE(broken.output.find("rad-008-image.dcm (0010,0020)"), std::string::npos) << broken.output;
}

TEST(ValidateCli, ConsistencyTellsUnnamedFilesByTheirContent) {
  ihe::test::TempDir dir;
  write(dir, "from-of.hl7", test::data_text("rad-004-omi-o23.hl7"));
  ASSERT_FALSE(net::write_dicom_file(dir / "image-1.dcm", test::sc_image()));
  auto mwl = test::mwl_item();
  mwl.set(dicom::Tag{0x0008, 0x0016}, "1.2.840.10008.5.1.4.31").set(dicom::Tag{0x0008, 0x0018}, "2.25.77");
  mwl.set(dicom::Tag{0x0010, 0x0020}, "PAT999");  // differs from RAD-4 and the image
  ASSERT_FALSE(net::write_dicom_file(dir / "item.dcm", mwl));
  const auto run = harness({"validate", "--consistency", dir.path().string()});
  EXPECT_EQ(run.status, 1) << run.output;
  EXPECT_NE(run.output.find("3 messages"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("item.dcm (0010,0020)"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("image-1.dcm (0010,0020)"), std::string::npos) << run.output;
}

TEST(ValidateCli, ConsistencyNamesEachFileItCannotTellAndTakesNamesAsOverride) {
  ihe::test::TempDir dir;
  write(dir, "from-of.hl7", test::data_text("rad-004-omi-o23.hl7"));
  auto request = test::stgcmt_request();
  request.set(dicom::Tag{0x0008, 0x0016}, "1.2.840.10008.1.20.1").set(dicom::Tag{0x0008, 0x0018}, "2.25.78");
  ASSERT_FALSE(net::write_dicom_file(dir / "commitment.dcm", request));
  write(dir, "notes.txt", "not a message\n");
  const auto run = harness({"validate", "--consistency", dir.path().string()});
  EXPECT_EQ(run.status, 2) << run.output;
  EXPECT_NE(run.output.find("commitment.dcm: cannot tell which transaction it belongs to"), std::string::npos)
      << run.output;
  EXPECT_NE(run.output.find("notes.txt"), std::string::npos) << run.output;
  EXPECT_NE(run.output.find("1 messages"), std::string::npos) << run.output;

  std::filesystem::remove(dir / "notes.txt");
  std::filesystem::rename(dir / "commitment.dcm", dir / "rad-010-request-1.dcm");
  const auto named = harness({"validate", "--consistency", dir.path().string()});
  EXPECT_EQ(named.status, 0) << named.output;
  EXPECT_NE(named.output.find("2 messages"), std::string::npos) << named.output;
}

TEST(ListCli, TransactionsAndProfilesPrintTheCatalog) {
  const auto transactions = harness({"list", "transactions"});
  EXPECT_EQ(transactions.status, 0);
  for (const char* id : {"RAD-1 ", "RAD-4 ", "RAD-16", "RAD-49", "OMI^O23", "1.2.840.10008.5.1.4.31"})
    EXPECT_NE(transactions.output.find(id), std::string::npos) << id;
  const auto profiles = harness({"list", "profiles"});
  EXPECT_EQ(profiles.status, 0);
  for (const char* id : {"SWF.b", "PIR", "Scheduled Workflow", "group-case"})
    EXPECT_NE(profiles.output.find(id), std::string::npos) << id;
}

}  // namespace
}  // namespace ihe::validation
