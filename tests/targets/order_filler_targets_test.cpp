// Real programs in the Order Filler's place that only do part of its job: DCMTK wlmscpfs answers the
// worklist query (RAD-5) from its files but has no HL7 and no MPPS; @medplum/hl7 acknowledges every HL7
// message with AA and does nothing with it. Neither may earn a Pass for any workflow claim of the
// order-filler statement (examples/statements/order-filler.xml).
#include <gtest/gtest.h>

#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"
#include "tests/targets/target_run.h"

namespace ihe::test {
namespace {

constexpr int kTimeout = 3;  // each await for what the SUT never sends lasts this long

class PartialOrderFiller : public ::testing::Test {
 protected:
  // The example target file, pointed at the ports this test started the SUT and our listeners on.
  std::filesystem::path target(const std::string& example, std::uint16_t example_port, std::uint16_t port) {
    return example_target(dir_.path(), example,
                          {{example_port, port}, {11113, free_port()}, {12577, free_port()}}, kTimeout);
  }

  // Every claim other than Pass, the table's rows met, every Fail with evidence. (Were the library to hold
  // no order-filler scenario, the run must refuse with exit 2 rather than report anything.)
  void expect_no_workflow_claim_passes(const std::filesystem::path& target, const char* error_allowed_because,
                                       const std::vector<Expected>& table = {}) {
    const auto result = run_harness(dir_.path(), source_dir() / "examples/statements/order-filler.xml",
                                    target, {}, std::chrono::seconds(300));
    if (!library_has_scenarios("order-filler")) {
      EXPECT_EQ(result.exit_code, 2) << result.console;
      EXPECT_NE(result.console.find("no scenario to run"), std::string::npos) << result.console;
      EXPECT_FALSE(result.report_written);
      return;
    }
    EXPECT_EQ(result.exit_code, 1) << result.console;
    expect_verdicts(result, table, kTimeout, error_allowed_because);
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
      target("wlmscpfs-order-filler.xml", 11114, wlm.port()),
      "wlmscpfs has no HL7: the target file gives no HL7 address, so the steps that place orders cannot run");
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
  expect_no_workflow_claim_passes(target("ack-only-hl7-order-filler.xml", 12576, port),
                                  "the listener has no DICOM: the target file gives no worklist address, so "
                                  "RAD-5 query steps cannot run");
}

}  // namespace
}  // namespace ihe::test
