#include "reports/writers/write_report.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "base/harness_error.h"
#include "tests/reports/sample_report.h"
#include "tests/support/net_util.h"

namespace ihe::reports {
namespace {

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::ptrdiff_t entries(const std::filesystem::path& folder) {
  return std::distance(std::filesystem::directory_iterator(folder), std::filesystem::directory_iterator());
}

TEST(WriteReport, CreatesTheFolderAndWritesTheThreeFilesAndTheEvidence) {
  ihe::test::TempDir dir;
  const auto out = dir / "a/b";
  const auto report = test::sample_run_report();
  write_report(report, out);
  for (const auto* name : {"report.html", "report.json", "junit.xml"})
    EXPECT_GT(std::filesystem::file_size(out / name), 500u) << name;
  EXPECT_EQ(entries(out), 4);
  EXPECT_EQ(entries(out / "evidence"), 10);
  EXPECT_EQ(read(out / "evidence/E0006.hl7"), report.evidence[5].content);  // segments still end in CR
  EXPECT_EQ(read(out / "evidence/E0009.txt"), report.evidence[8].content);
}

TEST(WriteReport, EvidenceIdsCannotLeaveTheEvidenceFolder) {
  ihe::test::TempDir dir;
  auto report = test::sample_run_report();
  report.evidence[0].id = "../../escape";
  report.evidence[1].id = "E0003";  // the same as evidence[2]
  write_report(report, dir.path());
  EXPECT_FALSE(std::filesystem::exists(dir / "escape.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir / "evidence/______escape.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir / "evidence/E0003.txt"));
  EXPECT_TRUE(std::filesystem::exists(dir / "evidence/E0003-3.txt"));
  EXPECT_EQ(entries(dir / "evidence"), 10);
}

TEST(WriteReport, AnUnwritableFolderIsAHarnessErrorNamingIt) {
  ihe::test::TempDir dir;
  std::ofstream(dir / "file") << "x";
  try {
    write_report(test::sample_run_report(), dir / "file");
    FAIL() << "no exception";
  } catch (const HarnessError& error) {
    EXPECT_NE(std::string(error.what()).find((dir / "file").string()), std::string::npos) << error.what();
  }
}

}  // namespace
}  // namespace ihe::reports
