// Real programs in the Order Filler's place that only do part of its job: DCMTK wlmscpfs answers the
// worklist query (RAD-5) from its files but has no HL7 and no MPPS; @medplum/hl7 acknowledges every HL7
// message with AA and does nothing with it. Neither may earn a Pass for any workflow claim of the
// order-filler statement (examples/statements/order-filler.xml).
#include <gtest/gtest.h>

#include <fstream>

#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"
#include "tests/targets/target_run.h"

namespace ihe::test {
namespace {

constexpr int kTimeout = 5;

class PartialOrderFiller : public ::testing::Test {
 protected:
  std::filesystem::path write_target(const std::string& sut_element) {
    const auto file = dir_ / "target.xml";
    std::ofstream(file) << "<target name='partial order filler' sut-role='order-filler'>\n  " << sut_element
                        << "\n  <harness><dicom ae-title='HARNESS' host='127.0.0.1' port='" << free_port()
                        << "'/><hl7 host='127.0.0.1' port='" << free_port()
                        << "' application='HARNESS' facility='IHE'/></harness>\n"
                        << "  <timeouts seconds='" << kTimeout << "'/>\n</target>\n";
    return file;
  }

  // No order-filler scenario in the library yet: the run refuses (exit 2) instead of reporting any Pass.
  // Once there are some, every claim must be other than Pass and every Fail must carry evidence.
  void expect_no_workflow_claim_passes(const std::filesystem::path& target) {
    const auto result = run_harness(dir_.path(), source_dir() / "examples/statements/order-filler.xml",
                                    target, {}, std::chrono::seconds(300));
    if (!library_has_scenarios("order-filler")) {
      EXPECT_EQ(result.exit_code, 2) << result.console;
      EXPECT_NE(result.console.find("no scenario to run"), std::string::npos) << result.console;
      EXPECT_FALSE(result.report_written);
      return;
    }
    EXPECT_EQ(result.exit_code, 1) << result.console;
    expect_verdicts(result, {}, kTimeout);
    ASSERT_FALSE(result.claim_verdicts.empty()) << result.console;
    for (const auto& [claim, verdict] : result.claim_verdicts)
      EXPECT_NE(verdict, "PASS") << claim << " passed against a partial order filler\n" << result.console;
  }

  TempDir dir_;
};

TEST_F(PartialOrderFiller, WlmscpfsAnswersTheWorklistButEarnsNoWorkflowClaim) {
  WlmscpfsServer wlm(dir_ / "wlm", "WLMSCP");
  write_worklist_item(wlm.worklist_dir() / "item.wl", "20261128");
  expect_no_workflow_claim_passes(
      write_target("<dicom ae-title='WLMSCP' host='127.0.0.1' port='" + std::to_string(wlm.port()) + "'/>"));
}

TEST_F(PartialOrderFiller, AnHl7ListenerThatAcknowledgesEverythingEarnsNoWorkflowClaim) {
  const auto port = free_port();
  ChildProcess listener(
      {.argv = {"node", (source_dir() / "tests/peers/hl7/medplum_listener.js").string(),
                std::to_string(port)},
       .log_file = dir_ / "medplum.log",
       .working_dir = {},
       .extra_env = {{"NODE_PATH", (source_dir() / "tests/peers/node/node_modules").string()}},
       .stop_grace = std::chrono::milliseconds(2000)});
  ASSERT_TRUE(wait_for_port(port, std::chrono::seconds(10))) << listener.log();
  expect_no_workflow_claim_passes(write_target("<hl7 host='127.0.0.1' port='" + std::to_string(port) +
                                               "' application='ACKALL' facility='NOWHERE'/>"));
}

}  // namespace
}  // namespace ihe::test
