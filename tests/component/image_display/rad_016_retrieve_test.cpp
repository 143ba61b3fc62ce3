// RAD-16 from our Image Display against a scripted archive: delivery into our Storage SCP, failures the
// archive reports, and archives that stay silent or deliver elsewhere.
#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "tests/component/dicom_scu/scripted_peer.h"
#include "tests/component/image_display/display_fixture.h"
#include "tests/component/image_display/scripted_archive.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;
using test::ScriptedPeer;

const std::vector<test::TestImage> kStudy{
    {.study_uid = "2.25.21", .series_uid = "2.25.211", .sop_instance_uid = "2.25.2111", .instance_number = 1},
    {.study_uid = "2.25.21", .series_uid = "2.25.211", .sop_instance_uid = "2.25.2112", .instance_number = 2},
    {.study_uid = "2.25.21",
     .series_uid = "2.25.212",
     .sop_instance_uid = "2.25.2121",
     .instance_number = 1}};
const std::set<std::string> kStudyInstances{"2.25.2111", "2.25.2112", "2.25.2121"};

std::set<std::string> as_set(const std::vector<std::string>& uids) {
  return {uids.begin(), uids.end()};
}

// A display on a free port, and an archive that knows it as DISPLAY (or sends DISPLAY's images elsewhere).
class Rad16AgainstScriptedArchive : public ::testing::Test {
 protected:
  ImageDisplay& display_with(FaultSwitches faults = {}, std::filesystem::path folder = {},
                             std::optional<std::uint16_t> move_refusal = std::nullopt,
                             std::optional<std::uint16_t> destination_port = std::nullopt) {
    const std::uint16_t port = test::free_port();
    archive_.emplace(dir_ / "archive", kStudy,
                     std::map<std::string, std::uint16_t>{{"DISPLAY", destination_port.value_or(port)}},
                     move_refusal);
    auto config = test::display_config(port, archive_->endpoint());
    config.storage_folder = std::move(folder);
    display_.emplace(std::move(config), std::move(faults), recorded_.log);
    display_->start();
    return *display_;
  }

  test::TempDir dir_;
  test::RecordedLog recorded_;
  std::optional<test::ScriptedArchive> archive_;
  std::optional<ImageDisplay> display_;
};

TEST_F(Rad16AgainstScriptedArchive, DeliversEveryInstanceOfTheStudyIntoMemory) {
  ImageDisplay& display = display_with();
  const RetrieveResult result = display.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.21"});
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000) << result.status_text();
  EXPECT_EQ(result.counts.completed, 3);
  EXPECT_EQ(result.counts.failed, 0);
  EXPECT_EQ(as_set(result.received_sop_instance_uids), kStudyInstances);
  const auto received = display.storage().received_since(0);
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].calling_ae, "ARCHIVE");
  EXPECT_EQ(received[0].dataset.string(*dicom::Tag::parse("StudyInstanceUID")), "2.25.21");
  EXPECT_EQ(archive_->identifiers().at(0).string(*dicom::Tag::parse("QueryRetrieveLevel")), "STUDY");
}

TEST_F(Rad16AgainstScriptedArchive, WritesReceivedInstancesToTheConfiguredFolder) {
  ImageDisplay& display = display_with({}, dir_ / "received");
  const RetrieveResult result = display.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.21"});
  ASSERT_TRUE(result.ok()) << result.detail;
  for (const auto& uid : kStudyInstances)
    EXPECT_TRUE(std::filesystem::is_regular_file(dir_ / "received" / (uid + ".dcm"))) << uid;
  EXPECT_EQ(display.storage().received_since(0).at(0).file.parent_path(), dir_ / "received");
}

TEST_F(Rad16AgainstScriptedArchive, AnUnknownStudyMovesNothingAndSucceeds) {
  ImageDisplay& display = display_with();
  const RetrieveResult result =
      display.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.999"});
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000) << result.status_text();
  EXPECT_EQ(result.counts.completed, 0);
  EXPECT_TRUE(result.received_sop_instance_uids.empty());
}

TEST_F(Rad16AgainstScriptedArchive, FailedSubOperationsAreTheArchivesAnswerNotAnError) {
  ImageDisplay& display =
      display_with(FaultSwitches::select(image_display_faults(), {"store-refuse"}, "test"));
  const RetrieveResult result = display.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.21"});
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0xA702) << result.status_text();
  EXPECT_EQ(result.counts.completed, 0);
  EXPECT_EQ(result.counts.failed, 3);
  EXPECT_TRUE(result.received_sop_instance_uids.empty());
  EXPECT_NE(recorded_.records().back().outcome.find("failed 3"), std::string::npos)
      << recorded_.records().back().outcome;
}

TEST_F(Rad16AgainstScriptedArchive, ARefusedMoveIsAFailureStatusWithNothingReceived) {
  ImageDisplay& display = display_with({}, {}, 0xA801);
  const RetrieveResult result = display.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.21"});
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0xA801) << result.status_text();
  EXPECT_TRUE(result.received_sop_instance_uids.empty());
}

TEST_F(Rad16AgainstScriptedArchive,
       InstancesCountedButNeverDeliveredEndInATimeoutAfterTheSubOperationDeadline) {
  // The archive sends DISPLAY's images to another Storage SCP: it counts them completed, we get none.
  test::RecordedLog elsewhere_log;
  ImageStorageScp elsewhere({.ae_title = "DISPLAY", .port = 0}, elsewhere_log.log);
  elsewhere.start();
  ImageDisplay& display = display_with({}, {}, std::nullopt, elsewhere.port());
  const auto started = std::chrono::steady_clock::now();
  const RetrieveResult result = display.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.21"});
  EXPECT_LT(std::chrono::steady_clock::now() - started, test::kWithinDeadline);
  EXPECT_EQ(result.error, net::DicomError::timeout);
  EXPECT_EQ(result.counts.completed, 3);
  EXPECT_TRUE(result.received_sop_instance_uids.empty());
  EXPECT_NE(result.detail.find("3 sub-operations completed, 0 arrived"), std::string::npos) << result.detail;
  EXPECT_EQ(elsewhere.received_count(), 3u);
}

TEST(Rad16Deadlines, ASilentArchiveEndsTheRetrieveWithATimeoutWithinTheDeadline) {
  ScriptedPeer peer([](int socket, ScriptedPeer& self) {
    if (const auto rq = ScriptedPeer::read_pdu(socket); !rq || rq->type != 0x01) return;
    ScriptedPeer::write_all(socket, ScriptedPeer::associate_ac_first_context());
    while (!self.stopping()) std::this_thread::sleep_for(10ms);
  });
  test::RecordedLog recorded;
  ImageDisplay display(test::display_config(0, Endpoint{"SILENT", "127.0.0.1", peer.port()}), {},
                       recorded.log);
  display.start();
  const auto started = std::chrono::steady_clock::now();
  const RetrieveResult result = display.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.21"});
  EXPECT_LT(std::chrono::steady_clock::now() - started, test::kWithinDeadline);
  EXPECT_EQ(result.error, net::DicomError::timeout) << result.detail;
  ASSERT_EQ(recorded.records().size(), 1u);
  EXPECT_EQ(recorded.records()[0].transaction, "RAD-16");
  EXPECT_EQ(recorded.records()[0].outcome, result.detail);
}

}  // namespace
}  // namespace ihe::actors
