// The Image Display against DCMTK dcmqrscp (targets.md 3.3, fork mode): RAD-14 at study, series and image
// level, and RAD-16 of the study into our Storage SCP.
#include "tests/peers/image_display/peer_fixture.h"
#include "tests/support/peers/dicom_servers.h"

namespace ihe::actors {
namespace {

using test::query;
using test::values_of;

TEST(DisplayAgainstDcmqrscp, QueriesEachLevelAndRetrievesTheStudy) {
  test::TempDir dir;
  const std::uint16_t display_port = test::free_port();
  test::DcmqrscpServer dcmqrscp(dir / "dcmqr", "DCMQR", {{"DISPLAY", display_port}});
  test::store_archive_images(dir, "DCMQR", dcmqrscp.port());
  test::RecordedLog recorded;
  ImageDisplay display(test::peer_display_config(display_port, {"DCMQR", "127.0.0.1", dcmqrscp.port()}), {},
                       recorded.log);
  display.start();

  const net::FindResult studies = display.query_images(query(QueryLevel::Study, {{"PatientID", "PAT001"}}));
  ASSERT_TRUE(studies.ok()) << studies.detail;
  EXPECT_EQ(studies.status, 0x0000) << studies.status_text() << dcmqrscp.log();
  EXPECT_EQ(values_of(studies.matches, "StudyInstanceUID"), (std::set<std::string>{"2.25.50"}));

  const net::FindResult series =
      display.query_images(query(QueryLevel::Series, {{"StudyInstanceUID", "2.25.50"}}));
  ASSERT_TRUE(series.ok()) << series.detail;
  EXPECT_EQ(values_of(series.matches, "SeriesInstanceUID"), (std::set<std::string>{"2.25.51", "2.25.52"}));

  const net::FindResult images = display.query_images(
      query(QueryLevel::Image, {{"StudyInstanceUID", "2.25.50"}, {"SeriesInstanceUID", "2.25.51"}}));
  ASSERT_TRUE(images.ok()) << images.detail;
  EXPECT_EQ(values_of(images.matches, "SOPInstanceUID"), (std::set<std::string>{"2.25.511", "2.25.512"}));

  const RetrieveResult moved = display.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.50"});
  ASSERT_TRUE(moved.ok()) << moved.detail;
  EXPECT_EQ(moved.status, 0x0000) << moved.status_text() << dcmqrscp.log();
  EXPECT_EQ(moved.counts.completed, 3);
  EXPECT_EQ(test::as_set(moved.received_sop_instance_uids),
            (std::set<std::string>{"2.25.511", "2.25.512", "2.25.521"}));
}

}  // namespace
}  // namespace ihe::actors
