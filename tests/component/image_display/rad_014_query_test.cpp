// RAD-14 from our Image Display against a scripted archive: what goes on the wire, an unknown study, and
// archives that do not answer.
#include <gtest/gtest.h>

#include <thread>

#include "tests/component/dicom_scu/scripted_peer.h"
#include "tests/component/image_display/display_fixture.h"
#include "tests/component/image_display/scripted_archive.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;
using test::ScriptedPeer;

dicom::Tag tag(std::string_view keyword) {
  return dicom::Tag::parse(keyword).value();
}

ImageQuery study_query(std::string study_uid) {
  ImageQuery query{.level = QueryLevel::Study};
  query.keys.set(tag("StudyInstanceUID"), study_uid);
  return query;
}

class Rad14AgainstScriptedArchive : public ::testing::Test {
 protected:
  test::TempDir dir_;
  test::RecordedLog recorded_;
  test::ScriptedArchive archive_{
      dir_ / "archive", {{.study_uid = "2.25.11", .sop_instance_uid = "2.25.111"}}, {}};
  ImageDisplay display_{test::display_config(0, archive_.endpoint()), {}, recorded_.log};
};

TEST_F(Rad14AgainstScriptedArchive, AnUnknownStudyGivesZeroMatchesAndSuccess) {
  const net::FindResult result = display_.query_images(study_query("2.25.999"));
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000) << result.status_text();
  EXPECT_TRUE(result.matches.empty());
  ASSERT_EQ(recorded_.records().size(), 1u);
  EXPECT_EQ(recorded_.records()[0].transaction, "RAD-14");
  EXPECT_NE(recorded_.records()[0].outcome.find("0 matches"), std::string::npos)
      << recorded_.records()[0].outcome;
}

TEST_F(Rad14AgainstScriptedArchive, AKnownStudyGivesItsMatch) {
  const net::FindResult result = display_.query_images(study_query("2.25.11"));
  ASSERT_TRUE(result.ok()) << result.detail;
  ASSERT_EQ(result.matches.size(), 1u);
  EXPECT_EQ(result.matches[0].string(tag("SOPInstanceUID")), "2.25.111");
}

TEST_F(Rad14AgainstScriptedArchive, SendsTheImageLevelKeysOfMesaTest404) {
  ImageQuery query{.level = QueryLevel::Image};
  query.keys.set(tag("StudyInstanceUID"), "2.25.11").set(tag("SeriesInstanceUID"), "2.25.1002");
  ASSERT_TRUE(display_.query_images(query).ok());
  ASSERT_EQ(archive_.identifiers().size(), 1u);
  const dicom::DicomDataset sent = archive_.identifiers().at(0);
  EXPECT_EQ(sent.string(tag("QueryRetrieveLevel")), "IMAGE");
  EXPECT_EQ(sent.string(tag("SeriesInstanceUID")), "2.25.1002");
  for (const char* key : {"SOPInstanceUID", "InstanceNumber", "SOPClassUID", "Rows", "Columns",
                          "BitsAllocated", "NumberOfFrames"}) {
    ASSERT_TRUE(sent.contains(tag(key))) << key;
    EXPECT_TRUE(sent.find(tag(key))->is_empty()) << key;
  }
}

TEST(Rad14Deadlines, ASilentArchiveEndsTheQueryWithATimeoutWithinTheDeadline) {
  // Accepts the association, then never answers the C-FIND.
  ScriptedPeer peer([](int socket, ScriptedPeer& self) {
    if (const auto rq = ScriptedPeer::read_pdu(socket); !rq || rq->type != 0x01) return;
    ScriptedPeer::write_all(socket, ScriptedPeer::associate_ac_first_context());
    while (!self.stopping()) std::this_thread::sleep_for(10ms);
  });
  test::RecordedLog recorded;
  ImageDisplay display(test::display_config(0, Endpoint{"SILENT", "127.0.0.1", peer.port()}), {},
                       recorded.log);
  const auto started = std::chrono::steady_clock::now();
  const net::FindResult result = display.query_images(study_query("2.25.11"));
  EXPECT_LT(std::chrono::steady_clock::now() - started, test::kWithinDeadline);
  EXPECT_EQ(result.error, net::DicomError::timeout) << result.detail;
  EXPECT_NE(result.detail.find("SILENT@127.0.0.1"), std::string::npos) << result.detail;
  ASSERT_EQ(recorded.records().size(), 1u);
  EXPECT_EQ(recorded.records()[0].outcome, result.detail);
}

TEST(Rad14Deadlines, AnArchiveThatNeverAnswersTheAssociationRequestTimesOut) {
  ScriptedPeer peer([](int, ScriptedPeer& self) {
    while (!self.stopping()) std::this_thread::sleep_for(10ms);
  });
  test::RecordedLog recorded;
  ImageDisplay display(test::display_config(0, Endpoint{"SILENT", "127.0.0.1", peer.port()}), {},
                       recorded.log);
  const auto started = std::chrono::steady_clock::now();
  const net::FindResult result = display.query_images(study_query("2.25.11"));
  EXPECT_LT(std::chrono::steady_clock::now() - started, test::kWithinDeadline);
  EXPECT_EQ(result.error, net::DicomError::timeout) << result.detail;
}

TEST(Rad14Deadlines, NoArchiveListeningIsConnectionFailed) {
  test::RecordedLog recorded;
  ImageDisplay display(test::display_config(0, Endpoint{"NOBODY", "127.0.0.1", test::free_port()}), {},
                       recorded.log);
  const net::FindResult result = display.query_images(study_query("2.25.11"));
  EXPECT_EQ(result.error, net::DicomError::connection_failed) << result.detail;
}

}  // namespace
}  // namespace ihe::actors
