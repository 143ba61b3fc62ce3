// RAD-6/7 against an MPPS SCP that is not ours: dcmjs-dimse 0.3.3 (mpps_scp.js) parses what we send and
// prints it, so the attributes are checked as a third-party decoder read them.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <thread>

#include "actors/acquisition_modality/rad_006_007_mpps.h"
#include "tests/peers/acquisition_modality/modality_peers.h"
#include "tests/support/child_process.h"
#include "tests/support/net_util.h"
#include "tests/unit/acquisition_modality/sample_worklist.h"

namespace ihe::test {
namespace {

using namespace std::chrono_literals;

class MppsWithDcmjs : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto node_modules = source_dir() / "tests/peers/node/node_modules";
    ASSERT_TRUE(std::filesystem::exists(node_modules / "dcmjs-dimse")) << "run scripts/setup (npm peers)";
    port = free_port();
    scp = std::make_unique<ChildProcess>(ChildProcess::Options{
        .argv = {"node", (source_dir() / "tests/peers/acquisition_modality/mpps_scp.js").string(),
                 std::to_string(port)},
        .log_file = dir / "mpps_scp.log",
        .working_dir = {},
        .extra_env = {{"NODE_PATH", node_modules.string()}},
        .stop_grace = 2000ms});
    ASSERT_TRUE(wait_for_port(port, 10s)) << scp->log();
  }
  // The JSON lines the peer printed, one per request.
  std::vector<std::string> lines() const {
    std::vector<std::string> out;
    std::istringstream in(scp->log());
    for (std::string line; std::getline(in, line);)
      if (line.starts_with("{")) out.push_back(line);
    return out;
  }

  TempDir dir;
  std::uint16_t port = 0;
  std::unique_ptr<ChildProcess> scp;
  RecordedLog recorded;
  actors::IdFactory uids;
};

bool has(const std::string& line, const std::string& text) {
  return line.find(text) != std::string::npos;
}

TEST_F(MppsWithDcmjs, InProgressThenCompletedAreAcceptedAndParsed) {
  const actors::ScuContext context{"MODALITY1", {}, &recorded.log};
  const auto peer = loopback("PEERSCP", port);
  const auto step = actors::scheduled_step({sample_worklist_item()}, actors::Station{}, uids);
  const auto created = actors::rad6_mpps_in_progress(context, peer, step, {});
  ASSERT_TRUE(created.ok()) << created.detail << scp->log();
  EXPECT_EQ(created.status, 0);
  actors::PerformedSeries series;
  series.series_uid = uids.uid();
  series.protocol_name = "CT HEAD";
  series.images = {{"1.2.840.10008.5.1.4.1.1.2", uids.uid()}};
  const auto completed = actors::rad7_mpps_final(context, peer, step, actors::PpsFinalStatus::Completed,
                                                 {series}, std::nullopt, {});
  EXPECT_EQ(completed.status, 0) << completed.detail << scp->log();
  // A second final N-SET is refused by the peer (PS3.4 F.7.2.2.3) and reported as its status.
  const auto again = actors::rad7_mpps_final(context, peer, step, actors::PpsFinalStatus::Completed, {series},
                                             std::nullopt, {});
  EXPECT_EQ(again.status, 0x0110);

  const auto seen = lines();
  ASSERT_EQ(seen.size(), 3u) << scp->log();
  EXPECT_TRUE(has(seen[0], "\"command\":\"N-CREATE\"")) << seen[0];
  EXPECT_TRUE(has(seen[0], "\"instance\":\"" + step.sop_instance_uid + "\"")) << seen[0];
  EXPECT_TRUE(has(seen[0], "\"PerformedProcedureStepStatus\":\"IN PROGRESS\"")) << seen[0];
  EXPECT_TRUE(has(seen[0], "\"AccessionNumber\":\"ACC001\"")) << seen[0];
  EXPECT_TRUE(has(seen[0], "\"ScheduledProcedureStepID\":\"SPS001\"")) << seen[0];
  EXPECT_TRUE(has(seen[0], "\"PatientID\":\"PAT001\"")) << seen[0];
  EXPECT_TRUE(has(seen[1], "\"PerformedProcedureStepStatus\":\"COMPLETED\"")) << seen[1];
  EXPECT_TRUE(has(seen[1], "\"ReferencedSOPInstanceUID\":\"" + series.images[0].sop_instance_uid + "\""))
      << seen[1];
}

TEST_F(MppsWithDcmjs, DiscontinuedCarriesTheReasonCode) {
  const actors::ScuContext context{"MODALITY1", {}, &recorded.log};
  const auto peer = loopback("PEERSCP", port);
  const auto step = actors::scheduled_step({sample_worklist_item()}, actors::Station{}, uids);
  ASSERT_EQ(actors::rad6_mpps_in_progress(context, peer, step, {}).status, 0) << scp->log();
  actors::PerformedSeries empty_series;
  empty_series.series_uid = uids.uid();
  empty_series.protocol_name = "CT HEAD";
  const auto result = actors::rad7_mpps_final(context, peer, step, actors::PpsFinalStatus::Discontinued,
                                              {empty_series}, actors::incorrect_worklist_entry(), {});
  EXPECT_EQ(result.status, 0) << result.detail;
  const auto seen = lines();
  ASSERT_EQ(seen.size(), 2u) << scp->log();
  EXPECT_TRUE(has(seen[1], "\"PerformedProcedureStepStatus\":\"DISCONTINUED\"")) << seen[1];
  EXPECT_TRUE(has(seen[1], "\"CodeValue\":\"110514\"")) << seen[1];
  EXPECT_TRUE(has(seen[1], "\"CodingSchemeDesignator\":\"DCM\"")) << seen[1];
}

}  // namespace
}  // namespace ihe::test
