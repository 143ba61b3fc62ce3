#include "reports/writers/write_report.h"

#include <gtest/gtest.h>

#include <fstream>

#include "base/harness_error.h"
#include "tests/reports/sample_report.h"
#include "tests/support/net_util.h"

namespace ihe::reports {
namespace {

TEST(WriteReport, CreatesTheFolderAndWritesTheThreeFiles) {
  ihe::test::TempDir dir;
  const auto out = dir / "a/b";
  write_report(test::sample_run_report(), out);
  for (const auto* name : {"report.html", "report.json", "junit.xml"})
    EXPECT_GT(std::filesystem::file_size(out / name), 500u) << name;
  EXPECT_EQ(std::distance(std::filesystem::directory_iterator(out), std::filesystem::directory_iterator()),
            3);
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
