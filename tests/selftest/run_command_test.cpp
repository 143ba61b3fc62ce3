// `ihe-harness run` end to end as a user runs it: statement and target files, our Image Manager as the SUT
// (in this process, on free ports), the report files written, the exit code telling the outcome.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "actors/image_manager/image_manager.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::scenarios {
namespace {

class RunCommand : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ofstream(dir_ / "statement.xml")
        << "<integration-statement vendor='v' product='p' version='1' date='2026-11-28'>"
           "<claim profile='SWF.b' actor='IM'/></integration-statement>\n";
    std::ofstream(dir_ / "target.xml")
        << "<target name='our IM' sut-role='image-manager'>\n"
           "  <dicom ae-title='IMAGE_MANAGER' host='127.0.0.1' port='"
        << sut_port_ << "'/>\n  <harness><dicom ae-title='HARNESS' port='" << harness_port_
        << "'/></harness>\n  <timeouts seconds='5'/>\n</target>\n";
  }

  void start_image_manager() {
    actors::image_manager::ImageManagerConfig config;
    config.port = sut_port_;
    config.storage_folder = dir_ / "archive";
    config.peers = {{"HARNESS", {"HARNESS", "127.0.0.1", harness_port_}}};
    image_manager_ =
        std::make_unique<actors::image_manager::ImageManager>(config, actors::FaultSwitches{}, log_);
    image_manager_->start();
  }

  void TearDown() override {
    if (image_manager_) image_manager_->stop();
  }

  int run(const std::vector<std::string>& extra) {
    std::vector<std::string> argv{test::harness_binary().string(),
                                  "run",
                                  "--statement",
                                  (dir_ / "statement.xml").string(),
                                  "--target",
                                  (dir_ / "target.xml").string(),
                                  "--out",
                                  (dir_ / "out").string()};
    argv.insert(argv.end(), extra.begin(), extra.end());
    return test::run_command(argv, dir_ / "console.txt");
  }

  std::string console() const {
    std::ifstream in(dir_ / "console.txt");
    std::stringstream text;
    text << in.rdbuf();
    return text.str();
  }

  test::TempDir dir_;
  std::uint16_t sut_port_ = test::free_port();
  std::uint16_t harness_port_ = test::free_port();
  actors::TransactionLog log_;
  std::unique_ptr<actors::image_manager::ImageManager> image_manager_;
};

TEST_F(RunCommand, AConformantArchiveVerifiesTheClaimAndTheReportIsWritten) {
  start_image_manager();
  EXPECT_EQ(run({"--select", "SWF-IM-01*,SWF-IM-02*"}), 0) << console();
  EXPECT_NE(console().find("SWF-IM-010   PASS"), std::string::npos) << console();
  EXPECT_NE(console().find("claim SWF.b:IM"), std::string::npos);
  EXPECT_TRUE(std::filesystem::exists(dir_ / "out" / "report.json"));
  EXPECT_TRUE(std::filesystem::exists(dir_ / "out" / "junit.xml"));
  EXPECT_TRUE(std::filesystem::exists(dir_ / "out" / "report.html"));
}

TEST_F(RunCommand, NothingListeningFailsTheClaimWithExitOne) {
  EXPECT_EQ(run({"--select", "SWF-IM-010"}), 1) << console();
  EXPECT_NE(console().find("SWF-IM-010   FAIL"), std::string::npos) << console();
  EXPECT_TRUE(std::filesystem::exists(dir_ / "out" / "report.json"));
}

TEST_F(RunCommand, AnEmptySelectionIsExitTwo) {
  EXPECT_EQ(run({"--select", "NOTHING*"}), 2);
  EXPECT_NE(console().find("no scenario to run"), std::string::npos) << console();
}

TEST_F(RunCommand, DryRunListsThePlanAndTalksToNobody) {
  EXPECT_EQ(run({"--dry-run", "--select", "SWF-IM-040"}), 0) << console();
  EXPECT_NE(console().find("send     retrieve       RAD-16"), std::string::npos) << console();
  EXPECT_FALSE(std::filesystem::exists(dir_ / "out"));
}

}  // namespace
}  // namespace ihe::scenarios
