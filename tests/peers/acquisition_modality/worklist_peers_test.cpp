// RAD-5 against real Modality Worklist SCPs: DCMTK wlmscpfs and Orthanc's worklist plugin, each serving the
// item of targets.md 3.2 written by dump2dcm (tests/support).
#include <gtest/gtest.h>

#include "actors/acquisition_modality/modality_tags.h"
#include "actors/acquisition_modality/rad_005_worklist_query.h"
#include "tests/peers/acquisition_modality/modality_peers.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace ihe::test {
namespace {

namespace t = actors::tags;
using actors::BroadWorklistQuery;
using actors::PatientWorklistQuery;

class WorklistPeers : public ::testing::Test {
 protected:
  TempDir dir;
  RecordedLog recorded;
  actors::ScuContext context{"MODALITY1", {}, &recorded.log};

  net::FindResult query(const actors::Endpoint& peer, const dicom::DicomDataset& identifier) {
    return actors::rad5_query_worklist(context, peer, identifier);
  }
};

void expect_the_targets_item(const dicom::DicomDataset& item) {
  EXPECT_EQ(item.string(t::PatientId), "PAT001");
  EXPECT_EQ(item.string(t::PatientName), "DOE^JOHN");
  EXPECT_EQ(item.string(t::IssuerOfPatientId), "HARNESS");
  EXPECT_EQ(item.string(t::AccessionNumber), "ACC001");
  EXPECT_EQ(item.string(t::StudyInstanceUid), kWorklistStudyUid);
  EXPECT_EQ(item.string(t::RequestedProcedureId), "RP001");
  EXPECT_EQ(item.string(t::RequestedProcedureDescription), "CT HEAD W/O CONTRAST");
  ASSERT_EQ(item.items(t::ScheduledProcedureStepSequence).size(), 1u);
  const auto& sps = item.items(t::ScheduledProcedureStepSequence)[0];
  EXPECT_EQ(sps.string(t::SpsId), "SPS001");
  EXPECT_EQ(sps.string(t::Modality), "CT");
  EXPECT_EQ(sps.string(t::ScheduledStationAeTitle), "MODALITY1");
}

TEST_F(WorklistPeers, WlmscpfsAnswersTheBroadQuery) {
  WlmscpfsServer wlm(dir.path(), "WLMSCP");
  write_worklist_item(wlm.worklist_dir() / "item.wl", today());
  const auto result = query(loopback("WLMSCP", wlm.port()),
                            actors::worklist_identifier(BroadWorklistQuery{today(), "CT", "MODALITY1"}));
  ASSERT_TRUE(result.ok()) << result.detail << wlm.log();
  EXPECT_EQ(result.status, 0);
  ASSERT_EQ(result.matches.size(), 1u) << wlm.log();
  expect_the_targets_item(result.matches[0]);
  ASSERT_EQ(recorded.records().size(), 1u);
  EXPECT_EQ(recorded.records()[0].transaction, "RAD-5");
  EXPECT_EQ(recorded.records()[0].outcome, "0x0000 Success, 1 item(s)");
}

TEST_F(WorklistPeers, WlmscpfsMatchesPatientBasedQueriesOnPatientId) {
  WlmscpfsServer wlm(dir.path(), "WLMSCP");
  write_worklist_item(wlm.worklist_dir() / "item.wl", today());
  const auto peer = loopback("WLMSCP", wlm.port());
  const auto hit =
      query(peer, actors::worklist_identifier(PatientWorklistQuery{"PAT001", "", "ACC001", "RP001"}));
  ASSERT_EQ(hit.matches.size(), 1u) << hit.detail << wlm.log();
  expect_the_targets_item(hit.matches[0]);
  const auto miss = query(peer, actors::worklist_identifier(PatientWorklistQuery{"PAT999"}));
  EXPECT_TRUE(miss.ok());
  EXPECT_TRUE(miss.matches.empty());
  const auto other_modality = query(peer, actors::worklist_identifier(BroadWorklistQuery{today(), "MR", ""}));
  EXPECT_TRUE(other_modality.matches.empty());
}

TEST_F(WorklistPeers, OrthancWorklistPluginAnswersTheBroadQuery) {
  OrthancServer orthanc(dir.path(), "ORTHANC", {});
  write_worklist_item(orthanc.worklist_dir() / "item.wl", today());
  const auto result = query(loopback("ORTHANC", orthanc.dicom_port()),
                            actors::worklist_identifier(BroadWorklistQuery{today(), "CT", "MODALITY1"}));
  ASSERT_TRUE(result.ok()) << result.detail;
  ASSERT_EQ(result.matches.size(), 1u) << orthanc.log();
  expect_the_targets_item(result.matches[0]);
}

TEST_F(WorklistPeers, AnUnreachableOrderFillerIsARecordedError) {
  const auto result =
      query(loopback("NOBODY", free_port()), actors::worklist_identifier(PatientWorklistQuery{"X"}));
  EXPECT_FALSE(result.ok());
  ASSERT_EQ(recorded.records().size(), 1u);
  EXPECT_TRUE(recorded.records()[0].outcome.starts_with("error: ")) << recorded.records()[0].outcome;
}

}  // namespace
}  // namespace ihe::test
