// `ihe-harness actor acquisition-modality` as a process: one scheduled workflow against wlmscpfs and
// Orthanc started by the test, a log line per transaction, exit 0 on SIGTERM; a bad config is exit 2.
#include <gtest/gtest.h>
#include <signal.h>

#include <fstream>
#include <iostream>
#include <thread>

#include "tests/peers/acquisition_modality/modality_peers.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace ihe::test {
namespace {

using namespace std::chrono_literals;

bool wait_for_text(ChildProcess& process, const std::string& text, std::chrono::milliseconds timeout) {
  const auto until = std::chrono::steady_clock::now() + timeout;
  while (std::chrono::steady_clock::now() < until) {
    if (process.log().find(text) != std::string::npos) return true;
    std::this_thread::sleep_for(100ms);
  }
  return false;
}

std::string line_of(const std::string& log, const std::string& transaction) {
  const auto at = log.find(" " + transaction + " ");
  if (at == std::string::npos) return "";
  const auto begin = log.rfind('\n', at);
  return log.substr(begin == std::string::npos ? 0 : begin + 1, log.find('\n', at) - (begin + 1));
}

TEST(ModalityCli, RunsOneScheduledWorkflowAndStopsOnSigterm) {
  TempDir dir;
  const std::uint16_t listener_port = free_port();
  WlmscpfsServer wlm(dir.path(), "WLMSCP");
  write_worklist_item(wlm.worklist_dir() / "item.wl", today());
  OrthancServer orthanc(dir.path(), "ORTHANC", {{"MODALITY1", listener_port}});
  const auto config = dir / "modality.xml";
  std::ofstream(config) << "<actor role=\"acquisition-modality\">\n"
                        << "  <dicom aet=\"MODALITY1\" port=\"" << listener_port << "\"/>\n"
                        << "  <order-filler dicom=\"WLMSCP@127.0.0.1:" << wlm.port() << "\"/>\n"
                        << "  <image-manager dicom=\"ORTHANC@127.0.0.1:" << orthanc.dicom_port() << "\"/>\n"
                        << "  <workflow run=\"once\" images-per-series=\"2\"/>\n</actor>\n";
  ChildProcess harness(
      {.argv = {harness_binary().string(), "actor", "acquisition-modality", "--config", config.string()},
       .log_file = dir / "harness.log",
       .working_dir = {},
       .extra_env = {},
       .stop_grace = 10000ms});
  ASSERT_TRUE(wait_for_text(harness, "committed", 30s)) << harness.log() << orthanc.log();
  ASSERT_EQ(kill(harness.pid(), SIGTERM), 0);
  EXPECT_EQ(harness.wait_for_exit(15s), 0) << harness.log();

  const auto log = harness.log();
  std::cout << log;  // the console as an operator sees it
  EXPECT_NE(line_of(log, "RAD-5").find("1 item(s)"), std::string::npos) << log;
  EXPECT_NE(line_of(log, "RAD-6").find("error: "), std::string::npos) << log;  // wlmscpfs has no MPPS
  EXPECT_NE(line_of(log, "RAD-7").find("not sent: its N-CREATE (RAD-6) failed"), std::string::npos) << log;
  EXPECT_NE(line_of(log, "RAD-8").find("0x0000"), std::string::npos) << log;
  EXPECT_NE(log.find("N-EVENT-REPORT type 1"), std::string::npos) << log;
  EXPECT_NE(log.find("2 committed, 0 failed"), std::string::npos) << log;
}

TEST(ModalityCli, ABadConfigurationIsExit2WithFileAndLine) {
  TempDir dir;
  const auto config = dir / "bad.xml";
  std::ofstream(config) << "<actor role=\"acquisition-modality\">\n  <station modality=\"XA\"/>\n</actor>\n";
  const auto out = dir / "out.txt";
  const int rc = run_command(
      {harness_binary().string(), "actor", "acquisition-modality", "--config", config.string()}, out, 30s);
  std::ifstream in(out);
  const std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_EQ(rc, 2) << text;
  EXPECT_NE(text.find(config.string() + ":2: modality must be CT or MR"), std::string::npos) << text;
}

TEST(ModalityCli, TheExampleConfigurationIsAccepted) {
  // Listening only (run never) on a free port, with the example's other settings.
  TempDir dir;
  const auto port = free_port();
  ChildProcess harness({.argv = {harness_binary().string(), "actor", "acquisition-modality", "--config",
                                 (source_dir() / "examples/actors/acquisition-modality.xml").string(),
                                 "--dicom-port", std::to_string(port), "--aet", "MODALITY9"},
                        .log_file = dir / "harness.log",
                        .working_dir = {},
                        .extra_env = {},
                        .stop_grace = 10000ms});
  // The example also runs the workflow once, against the default ports of targets.md: whatever answers
  // there, stopping must stay prompt and clean.
  ASSERT_TRUE(wait_for_text(harness, "running", 10s)) << harness.log();
  EXPECT_NE(harness.log().find("MODALITY9"), std::string::npos) << harness.log();
  EXPECT_TRUE(wait_for_port(port, 5000ms));
  ASSERT_TRUE(wait_for_text(harness, "RAD-5", 20s)) << harness.log();
  ASSERT_EQ(kill(harness.pid(), SIGTERM), 0);
  EXPECT_EQ(harness.wait_for_exit(15s), 0) << harness.log();
}

}  // namespace
}  // namespace ihe::test
