// Our storage commitment report listener (RAD-10 on a new association, PS3.4 J.3.3.1.2) receiving from an
// SCU that is not ours: dcmjs-dimse 0.3.3 (tests/peers/dicom_scp/dimse_n_scu.js, mode event-report).
#include <gtest/gtest.h>

#include <fstream>

#include "actors/acquisition_modality/commitment_listener.h"
#include "tests/peers/acquisition_modality/modality_peers.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::test {
namespace {

using namespace std::chrono_literals;

// The Transaction UID and instance dimse_n_scu.js reports as committed.
constexpr const char* kTransaction = "1.2.826.0.1.3680043.9.7156.3.2";
constexpr const char* kInstance = "1.2.826.0.1.3680043.9.7156.3.3";

int send_report(const TempDir& dir, std::uint16_t port, const std::string& called_ae) {
  const auto node_modules = source_dir() / "tests/peers/node/node_modules";
  EXPECT_TRUE(std::filesystem::exists(node_modules / "dcmjs-dimse")) << "run scripts/setup (npm peers)";
  return run_command({"node", (source_dir() / "tests/peers/dicom_scp/dimse_n_scu.js").string(),
                      "event-report", "127.0.0.1", std::to_string(port), "PEERSCP", called_ae},
                     dir / "node.out", 30s, {{"NODE_PATH", node_modules.string()}});
}

TEST(CommitmentListenerWithDcmjs, AReportOnANewAssociationReachesTheInbox) {
  TempDir dir;
  RecordedLog recorded;
  actors::CommitmentListener listener("MODALITY1", 0, &recorded.log);
  listener.start();
  EXPECT_EQ(send_report(dir, listener.port(), "MODALITY1"), 0);
  const auto report = listener.inbox().wait(kTransaction, 5000ms);
  ASSERT_TRUE(report);
  EXPECT_EQ(report->event_type, 1);
  EXPECT_EQ(report->calling_ae, "PEERSCP");
  ASSERT_EQ(report->committed.size(), 1u);
  EXPECT_EQ(report->committed[0].sop_instance_uid, kInstance);
  ASSERT_EQ(recorded.records().size(), 1u);
  EXPECT_EQ(recorded.records()[0].transaction, "RAD-10");
  EXPECT_EQ(recorded.records()[0].outcome, "1 committed, 0 failed");
}

TEST(CommitmentListenerWithDcmjs, AReportForAnotherAeTitleIsRejected) {
  TempDir dir;
  RecordedLog recorded;
  actors::CommitmentListener listener("MODALITY1", 0, &recorded.log);
  listener.start();
  send_report(dir, listener.port(), "SOMEONE");
  std::ifstream in(dir / "node.out");
  const std::string said((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  EXPECT_TRUE(said.starts_with("{")) << said;                       // the peer ran
  EXPECT_EQ(said.find("neventreport"), std::string::npos) << said;  // and never got an answer
  EXPECT_FALSE(listener.inbox().wait(kTransaction, 500ms));
  EXPECT_TRUE(recorded.records().empty());
}

}  // namespace
}  // namespace ihe::test
