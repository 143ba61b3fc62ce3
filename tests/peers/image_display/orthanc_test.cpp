// The Image Display against Orthanc 1.10.1 as Image Archive (targets.md 3.1): RAD-14 at every level returns
// what was stored, RAD-16 delivers every instance into our Storage SCP (Orthanc knows DISPLAY's port).
#include "tests/peers/image_display/peer_fixture.h"
#include "tests/support/peers/dicom_servers.h"

namespace ihe::actors {
namespace {

using test::query;
using test::value_of;
using test::values_of;

class DisplayAgainstOrthanc : public ::testing::Test {
 protected:
  void SetUp() override {
    display_.start();
    test::store_archive_images(dir_, "ORTHANC", orthanc_.dicom_port());
  }

  test::TempDir dir_;
  std::uint16_t display_port_ = test::free_port();
  test::OrthancServer orthanc_{dir_ / "orthanc", "ORTHANC", {{"DISPLAY", display_port_}}};
  test::RecordedLog recorded_;
  ImageDisplay display_{
      test::peer_display_config(display_port_, {"ORTHANC", "127.0.0.1", orthanc_.dicom_port()}),
      {},
      recorded_.log};
};

TEST_F(DisplayAgainstOrthanc, StudyLevelReturnsTheStudyWithItsCountsAndModalities) {
  const net::FindResult found = display_.query_images(query(QueryLevel::Study, {{"PatientID", "PAT001"}}));
  ASSERT_TRUE(found.ok()) << found.detail;
  EXPECT_EQ(found.status, 0x0000) << found.status_text();
  ASSERT_EQ(found.matches.size(), 1u);
  const auto& study = found.matches[0];
  EXPECT_EQ(value_of(study, "StudyInstanceUID"), "2.25.50");
  EXPECT_EQ(value_of(study, "AccessionNumber"), "ACC001");
  EXPECT_EQ(value_of(study, "PatientName"), "DOE^JOHN");
  EXPECT_EQ(value_of(study, "ModalitiesInStudy"), "OT");
  EXPECT_EQ(value_of(study, "NumberOfStudyRelatedSeries"), "2");
  EXPECT_EQ(value_of(study, "NumberOfStudyRelatedInstances"), "3");
}

TEST_F(DisplayAgainstOrthanc, SeriesLevelReturnsBothSeriesOfTheStudy) {
  const net::FindResult found =
      display_.query_images(query(QueryLevel::Series, {{"StudyInstanceUID", "2.25.50"}}));
  ASSERT_TRUE(found.ok()) << found.detail;
  EXPECT_EQ(values_of(found.matches, "SeriesInstanceUID"), (std::set<std::string>{"2.25.51", "2.25.52"}));
  EXPECT_EQ(values_of(found.matches, "Modality"), (std::set<std::string>{"OT"}));
}

TEST_F(DisplayAgainstOrthanc, ImageLevelReturnsTheImagesWithClassAndGeometry) {
  const net::FindResult found = display_.query_images(
      query(QueryLevel::Image, {{"StudyInstanceUID", "2.25.50"}, {"SeriesInstanceUID", "2.25.51"}}));
  ASSERT_TRUE(found.ok()) << found.detail;
  EXPECT_EQ(values_of(found.matches, "SOPInstanceUID"), (std::set<std::string>{"2.25.511", "2.25.512"}));
  EXPECT_EQ(values_of(found.matches, "SOPClassUID"), (std::set<std::string>{"1.2.840.10008.5.1.4.1.1.7"}));
  EXPECT_EQ(values_of(found.matches, "Rows"), (std::set<std::string>{"16"}));
  EXPECT_EQ(values_of(found.matches, "Columns"), (std::set<std::string>{"16"}));
  EXPECT_EQ(values_of(found.matches, "InstanceNumber"), (std::set<std::string>{"1", "2"}));
}

TEST_F(DisplayAgainstOrthanc, PatientRootPatientLevelReturnsBothPatients) {
  const net::FindResult found = display_.query_images(query(QueryLevel::Patient, {}));
  ASSERT_TRUE(found.ok()) << found.detail;
  EXPECT_EQ(values_of(found.matches, "PatientID"), (std::set<std::string>{"PAT001", "PAT002"}));
  EXPECT_EQ(values_of(found.matches, "PatientName"), (std::set<std::string>{"DOE^JOHN", "ROE^JANE"}));
}

TEST_F(DisplayAgainstOrthanc, AnUnknownStudyGivesZeroMatches) {
  const net::FindResult found =
      display_.query_images(query(QueryLevel::Study, {{"StudyInstanceUID", "2.25.999"}}));
  ASSERT_TRUE(found.ok()) << found.detail;
  EXPECT_EQ(found.status, 0x0000);
  EXPECT_TRUE(found.matches.empty());
}

TEST_F(DisplayAgainstOrthanc, RetrievingTheStudyDeliversEveryInstance) {
  const RetrieveResult result =
      display_.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.50"});
  ASSERT_TRUE(result.ok()) << result.detail << orthanc_.log();
  EXPECT_EQ(result.status, 0x0000) << result.status_text();
  EXPECT_EQ(result.counts.completed, 3);
  EXPECT_EQ(result.counts.failed, 0);
  EXPECT_EQ(test::as_set(result.received_sop_instance_uids),
            (std::set<std::string>{"2.25.511", "2.25.512", "2.25.521"}));
  EXPECT_EQ(display_.storage().received_since(0).at(0).calling_ae, "ORTHANC");
}

TEST_F(DisplayAgainstOrthanc, RetrievingAnUnknownStudyDeliversNothing) {
  const RetrieveResult result =
      display_.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.999"});
  ASSERT_TRUE(result.ok()) << result.detail;  // Orthanc answers, whatever the status
  EXPECT_EQ(result.counts.completed, 0) << result.status_text();
  EXPECT_TRUE(result.received_sop_instance_uids.empty());
}

TEST_F(DisplayAgainstOrthanc, RetrievingASeriesAndAnImageDeliversExactlyThose) {
  const RetrieveResult series = display_.retrieve_images(
      {.level = QueryLevel::Series, .study_uid = "2.25.50", .series_uid = "2.25.51"});
  ASSERT_TRUE(series.ok()) << series.detail;
  EXPECT_EQ(series.counts.completed, 2);
  EXPECT_EQ(test::as_set(series.received_sop_instance_uids), (std::set<std::string>{"2.25.511", "2.25.512"}));
  const RetrieveResult image = display_.retrieve_images({.level = QueryLevel::Image,
                                                         .study_uid = "2.25.50",
                                                         .series_uid = "2.25.52",
                                                         .sop_instance_uids = {"2.25.521"}});
  ASSERT_TRUE(image.ok()) << image.detail;
  EXPECT_EQ(image.counts.completed, 1);
  EXPECT_EQ(image.received_sop_instance_uids, (std::vector<std::string>{"2.25.521"}));
}

}  // namespace
}  // namespace ihe::actors
