// `ihe-harness demo --out DIR` as a user runs it: our own actors as the systems under test, the whole library
// for every SUT role. Every scenario must pass, and each role's junit.xml must hold one testcase per library
// file of that role, so that a scenario silently dropped from the demo fails here.
#include <gtest/gtest.h>
#include <pugixml.hpp>

#include <fstream>
#include <regex>
#include <sstream>

#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::app {
namespace {

const std::vector<std::string> kRoles{"image-manager", "order-filler", "acquisition-modality"};

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// One scenario per file under scenarios/library/<role>/ (a scenario's id is its file name).
std::size_t library_scenarios(const std::string& role) {
  const auto dir = test::source_dir() / "scenarios/library" / role;
  if (!std::filesystem::exists(dir)) return 0;
  std::size_t n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) n += entry.path().extension() == ".xml";
  return n;
}

class Demo : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new test::TempDir;
    status_ = test::run_command({test::harness_binary().string(), "demo", "--out", (out() / "demo").string()},
                                out() / "console.txt", std::chrono::seconds(180));
  }
  static void TearDownTestSuite() {
    delete dir_;
    dir_ = nullptr;
  }
  static std::filesystem::path out() { return dir_->path(); }
  static std::string console() { return read_text(out() / "console.txt"); }

  static test::TempDir* dir_;
  static int status_;
};
test::TempDir* Demo::dir_ = nullptr;
int Demo::status_ = -1;

TEST_F(Demo, ExitsZeroAndSaysWhereTheReportIs) {
  EXPECT_EQ(status_, 0) << console();
  EXPECT_NE(console().find("report: " + (out() / "demo/index.html").string()), std::string::npos)
      << console();
}

TEST_F(Demo, WritesThreeReportsAndAnIndexLinkingThem) {
  const auto index = read_text(out() / "demo/index.html");
  for (const auto& role : kRoles) {
    for (const auto* file : {"report.html", "report.json", "junit.xml"})
      EXPECT_TRUE(std::filesystem::is_regular_file(out() / "demo" / role / file)) << role << "/" << file;
    EXPECT_NE(index.find("href=\"" + role + "/report.html\""), std::string::npos) << role;
  }
}

TEST_F(Demo, EveryScenarioOfEveryRoleIsInTheReportAndPassed) {
  // report.json's scenarios[] members are written id, title, sut, verdict (reports/writers/report_json.cpp).
  const std::regex scenario(R"re("sut"\s*:\s*"([a-z-]+)"\s*,\s*"verdict"\s*:\s*"([A-Za-z]+)")re");
  for (const auto& role : kRoles) {
    const auto json = read_text(out() / "demo" / role / "report.json");
    std::size_t count = 0;
    for (auto it = std::sregex_iterator(json.begin(), json.end(), scenario); it != std::sregex_iterator();
         ++it) {
      EXPECT_EQ((*it)[1].str(), role);
      EXPECT_EQ((*it)[2].str(), "PASS") << role << "\n" << console();
      ++count;
    }
    EXPECT_EQ(count, library_scenarios(role)) << role;
  }
}

TEST_F(Demo, EachJunitFileHasOneTestcasePerLibraryScenarioOfItsRole) {
  for (const auto& role : kRoles) {
    pugi::xml_document junit;
    ASSERT_TRUE(junit.load_file((out() / "demo" / role / "junit.xml").c_str())) << role;
    std::size_t testcases = 0;
    std::size_t broken = 0;
    for (const auto& node : junit.select_nodes("//testcase")) {
      ++testcases;
      broken += !node.node().child("failure").empty() || !node.node().child("error").empty() ||
                !node.node().child("skipped").empty();
    }
    EXPECT_EQ(testcases, library_scenarios(role)) << role;
    EXPECT_EQ(broken, 0u) << role;
  }
}

}  // namespace
}  // namespace ihe::app
