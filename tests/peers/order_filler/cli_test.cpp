// `ihe-harness actor order-filler` as a process: the example configuration serves findscu -W, SIGTERM ends
// it with exit 0; a broken configuration is exit 2 with one FILE:LINE line.
#include <gtest/gtest.h>

#include <signal.h>

#include <fstream>
#include <sstream>

#include "tests/peers/order_filler/findscu_support.h"
#include "tests/unit/order_filler/worklist_seed.h"

namespace ihe::test {
namespace {

std::string read_text(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(OrderFillerCli, ServesTheExampleWorklistUntilSigterm) {
  TempDir dir;
  const auto port = free_port();
  ChildProcess actor({.argv = {harness_binary().string(), "actor", "order-filler", "--config",
                               (source_dir() / "examples/actors/order-filler.xml").string(), "--dicom-port",
                               std::to_string(port), "--hl7-port", std::to_string(free_port())},
                      .log_file = dir / "actor.log",
                      .working_dir = {},
                      .extra_env = {},
                      .stop_grace = std::chrono::milliseconds(5000)});
  ASSERT_TRUE(wait_for_port(port, std::chrono::seconds(10))) << actor.log();
  // The example seed schedules every step "today": a modality's broad query for today finds its own.
  const auto answers = findscu_worklist(
      dir, port,
      with(mwl_return_keys(), {"ScheduledProcedureStepSequence[0].Modality=CT",
                               "ScheduledProcedureStepSequence[0].ScheduledStationAETitle=MODALITY1"}));
  ASSERT_EQ(answers.size(), 2u) << actor.log();
  EXPECT_EQ(value_at(answers[0], "PatientID"), "PAT001");
  EXPECT_EQ(value_at(answers[1], "PatientID"), "PAT003");
  ASSERT_EQ(kill(actor.pid(), SIGTERM), 0);
  EXPECT_EQ(actor.wait_for_exit(std::chrono::seconds(10)), 0) << actor.log();
  const auto log = actor.log();
  EXPECT_NE(log.find("order-filler ORDER_FILLER on DICOM port " + std::to_string(port)), std::string::npos)
      << log;
  EXPECT_NE(log.find("RAD-5"), std::string::npos) << log;
  EXPECT_NE(log.find(", HL7 port "), std::string::npos) << log;
}

TEST(OrderFillerCli, ABrokenConfigurationIsExitTwoWithFileAndLine) {
  TempDir dir;
  const auto config = dir / "broken.xml";
  std::ofstream(config) << "<actor role=\"order-filler\">\n  <dicom aet=\"OF\" prot=\"104\"/>\n</actor>\n";
  const int code =
      run_command({harness_binary().string(), "actor", "order-filler", "--config", config.string()},
                  dir / "out.log", std::chrono::seconds(10));
  EXPECT_EQ(code, 2);
  const auto out = read_text(dir / "out.log");
  EXPECT_NE(out.find("broken.xml:2: unknown attribute 'prot'"), std::string::npos) << out;
}

TEST(OrderFillerCli, ABrokenSeedIsExitTwoWithFileAndLine) {
  TempDir dir;
  std::ofstream(dir / "seed.xml") << "<order-filler-seed>\n  <patient id=\"P1\" name=\"A^B\" sx=\"M\"/>\n"
                                     "</order-filler-seed>\n";
  std::ofstream(dir / "of.xml") << "<actor role=\"order-filler\"><seed file=\"seed.xml\"/></actor>\n";
  const int code = run_command({harness_binary().string(), "actor", "order-filler", "--config",
                                (dir / "of.xml").string(), "--dicom-port", std::to_string(free_port())},
                               dir / "out.log", std::chrono::seconds(10));
  EXPECT_EQ(code, 2);
  const auto out = read_text(dir / "out.log");
  EXPECT_NE(out.find("seed.xml:2: unknown attribute 'sx'"), std::string::npos) << out;
}

TEST(OrderFillerCli, ABadAeTitleFlagIsExitTwo) {
  TempDir dir;
  const int code = run_command({harness_binary().string(), "actor", "order-filler", "--aet", "A\\B",
                                "--dicom-port", std::to_string(free_port())},
                               dir / "out.log", std::chrono::seconds(10));
  EXPECT_EQ(code, 2);
  EXPECT_NE(read_text(dir / "out.log").find("--aet"), std::string::npos) << read_text(dir / "out.log");
}

}  // namespace
}  // namespace ihe::test
