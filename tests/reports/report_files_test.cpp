// report.json and junit.xml checked by tools that are not ours: python3-jsonschema against
// reports/schema/report.schema.json, xmllint against tests/reports/junit.xsd. Each check is also shown
// to reject a broken file, so a schema that accepts anything cannot pass.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "reports/writers/write_report.h"
#include "tests/reports/sample_report.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::reports {
namespace {

using ihe::test::run_command;
using ihe::test::source_dir;

std::string read(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

class ReportFiles : public ::testing::Test {
 protected:
  void SetUp() override { write_report(test::sample_run_report(), dir_.path()); }

  // Runs validate_json.py (Debian's /usr/bin/python3: the jsonschema module is python3-jsonschema).
  int validate_json(const std::filesystem::path& report, const std::vector<std::string>& extra = {}) {
    std::vector<std::string> argv{
        "/usr/bin/python3", (source_dir() / "tests/reports/validate_json.py").string(),
        (source_dir() / "reports/schema/report.schema.json").string(), report.string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return run_command(argv, dir_ / "validate.log", std::chrono::seconds(30));
  }
  int xmllint(const std::filesystem::path& file) {
    return run_command({"xmllint", "--noout", "--schema", (source_dir() / "tests/reports/junit.xsd").string(),
                        file.string()},
                       dir_ / "xmllint.log", std::chrono::seconds(30));
  }
  std::string log(const std::string& name) const { return read(dir_ / name); }

  ihe::test::TempDir dir_;
};

TEST_F(ReportFiles, ReportJsonMatchesItsSchema) {
  EXPECT_EQ(validate_json(dir_ / "report.json"), 0) << log("validate.log");
}

TEST_F(ReportFiles, ReportJsonWithHostileWireTextMatchesItsSchema) {
  ihe::test::TempDir hostile;
  write_report(test::hostile_run_report(), hostile.path());
  EXPECT_EQ(validate_json(hostile / "report.json"), 0) << log("validate.log");
}

TEST_F(ReportFiles, TheSchemaRejectsAReportMissingARequiredMember) {
  for (const std::string path : {"claims", "schema_version", "scenarios.1.steps.1.findings.0.spec_ref",
                                 "claims.0.verdict", "evidence.3.id"}) {
    SCOPED_TRACE(path);
    EXPECT_EQ(validate_json(dir_ / "report.json", {"--without", path}), 1) << log("validate.log");
    const auto member = path.substr(path.rfind('.') + 1);
    EXPECT_NE(log("validate.log").find("'" + member + "' is a required property"), std::string::npos)
        << log("validate.log");
  }
}

TEST_F(ReportFiles, JunitXmlMatchesTheJunitSchema) {
  EXPECT_EQ(xmllint(dir_ / "junit.xml"), 0) << log("xmllint.log");
  ihe::test::TempDir hostile;
  write_report(test::hostile_run_report(), hostile.path());
  EXPECT_EQ(xmllint(hostile / "junit.xml"), 0) << log("xmllint.log");
}

// A run the runner gave up on early (no claims matched, nothing ran) still leaves valid files behind.
TEST_F(ReportFiles, AnEmptyRunStillWritesValidFiles) {
  ihe::test::TempDir empty;
  write_report(RunReport{}, empty.path());
  EXPECT_EQ(validate_json(empty / "report.json"), 0) << log("validate.log");
  EXPECT_EQ(xmllint(empty / "junit.xml"), 0) << log("xmllint.log");
  EXPECT_NE(read(empty / "report.html").find("No scenario ran."), std::string::npos);
}

TEST_F(ReportFiles, TheJunitSchemaRejectsAMissingClassnameAndTwoOutcomes) {
  const auto junit = read(dir_ / "junit.xml");
  const auto write_variant = [&](const std::string& from, const std::string& to) {
    auto text = junit;
    const auto at = text.find(from);
    EXPECT_NE(at, std::string::npos) << from;
    text.replace(at, from.size(), to);
    std::ofstream(dir_ / "variant.xml") << text;
    return dir_ / "variant.xml";
  };
  EXPECT_NE(xmllint(write_variant("classname=\"image-manager\" ", "")), 0);
  EXPECT_NE(log("xmllint.log").find("classname"), std::string::npos) << log("xmllint.log");
  EXPECT_NE(xmllint(write_variant("</failure>", "</failure><skipped/>")), 0);
  EXPECT_NE(xmllint(write_variant("tests=\"2\"", "tests=\"two\"")), 0);
}

}  // namespace
}  // namespace ihe::reports
