// DCMTK's storescu, findscu, movescu and storescp (an independent implementation) against our Image Manager.
#include "actors/image_manager/archive_index.h"
#include "actors/image_manager/reconciliation.h"
#include "tests/peers/image_manager/peer_fixture.h"

namespace ihe::test {
namespace {

using dicom::Tag;

constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kSeriesUid{0x0020, 0x000E};
constexpr Tag kSopUid{0x0008, 0x0018};

TEST_F(ImageManagerPeerTest, StorescuImagesAreFoundByFindscuAtStudySeriesAndImageLevel) {  // RAD-8, RAD-14
  start();
  ASSERT_EQ(storescu(sample_images()), 0) << read_text(dir / "storescu.log");

  auto studies = findscu({"QueryRetrieveLevel=STUDY", "PatientID=PAT001", "StudyInstanceUID",
                          "AccessionNumber", "PatientName", "ModalitiesInStudy", "NumberOfStudyRelatedSeries",
                          "NumberOfStudyRelatedInstances", "RetrieveAETitle"});
  ASSERT_EQ(studies.size(), 1u);
  EXPECT_EQ(studies[0].string(kStudyUid), "2.25.1001");
  EXPECT_EQ(studies[0].string({0x0008, 0x0050}), "ACC001");
  EXPECT_EQ(studies[0].string({0x0010, 0x0010}), "DOE^JOHN");
  EXPECT_EQ(studies[0].string({0x0008, 0x0061}), "OT\\CT");
  EXPECT_EQ(studies[0].string({0x0020, 0x1206}), "2");
  EXPECT_EQ(studies[0].string({0x0020, 0x1208}), "3");
  EXPECT_EQ(studies[0].string({0x0008, 0x0054}), "IMAGE_MANAGER");

  auto series = findscu({"QueryRetrieveLevel=SERIES", "StudyInstanceUID=2.25.1001", "SeriesInstanceUID",
                         "Modality=CT", "NumberOfSeriesRelatedInstances"});
  ASSERT_EQ(series.size(), 1u);
  EXPECT_EQ(series[0].string(kSeriesUid), "2.25.1005");
  EXPECT_EQ(series[0].string({0x0020, 0x1209}), "1");

  auto images =
      findscu({"QueryRetrieveLevel=IMAGE", "StudyInstanceUID=2.25.1001", "SeriesInstanceUID=2.25.1002",
               "SOPInstanceUID", "SOPClassUID", "InstanceNumber", "Rows"});
  ASSERT_EQ(images.size(), 2u);
  EXPECT_EQ(images[0].string(kSopUid), "2.25.1003");
  EXPECT_EQ(images[1].string({0x0020, 0x0013}), "2");
  EXPECT_EQ(images[1].string({0x0028, 0x0010}), "16");
  EXPECT_EQ(images[0].string({0x0008, 0x0016}), "1.2.840.10008.5.1.4.1.1.7");
}

TEST_F(ImageManagerPeerTest, MovescuRetrievesAStudyToStorescp) {  // RAD-16
  auto storescp = start_storescp();
  start();
  ASSERT_EQ(storescu(sample_images()), 0) << read_text(dir / "storescu.log");

  const auto out = dir / "movescu.log";
  EXPECT_EQ(run_command(dcmtk("movescu", {"-d", "-S", "-aem", "STORESCP", "-k", "QueryRetrieveLevel=STUDY",
                                          "-k", "StudyInstanceUID=2.25.1001"}),
                        out),
            0)
      << read_text(out);
  std::set<std::string> files;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(received()))
    if (entry.is_regular_file()) files.insert(entry.path().filename().string());
  EXPECT_EQ(files.size(), 3u) << storescp->log();
  // movescu -d dumps every C-MOVE-RSP; the final one carries the sub-operation counts (PS3.4 C.4.2.1.5).
  const std::string text = read_text(out);
  const auto final_at = text.find("Received Final Move Response");
  ASSERT_NE(final_at, std::string::npos) << text;
  const std::string final_response = text.substr(final_at);
  EXPECT_NE(final_response.find("Completed Suboperations       : 3"), std::string::npos) << text;
  EXPECT_NE(final_response.find("Failed Suboperations          : 0"), std::string::npos) << text;
  EXPECT_NE(final_response.find("DIMSE Status                  : 0x0000"), std::string::npos) << text;
}

TEST_F(ImageManagerPeerTest, MovescuToAnUnknownDestinationGetsA801) {
  start();
  ASSERT_EQ(storescu({sample_images()[0]}), 0);
  const auto out = dir / "movescu.log";
  run_command(dcmtk("movescu", {"-v", "-S", "-aem", "NOWHERE", "-k", "QueryRetrieveLevel=STUDY", "-k",
                                "StudyInstanceUID=2.25.1001"}),
              out);
  EXPECT_NE(read_text(out).find("Final Move Response (Refused: MoveDestinationUnknown)"), std::string::npos)
      << read_text(out);
}

TEST_F(ImageManagerPeerTest, ArchiveSurvivesARestartOnTheSameFolder) {
  start();
  ASSERT_EQ(storescu(sample_images()), 0);
  actor->stop();
  actor.reset();
  start();  // a new actor, same folder
  auto studies = findscu({"QueryRetrieveLevel=STUDY", "StudyInstanceUID=2.25.2001", "PatientName"});
  ASSERT_EQ(studies.size(), 1u);
  EXPECT_EQ(studies[0].string({0x0010, 0x0010}), "ROE^JANE");
}

TEST_F(ImageManagerPeerTest, AfterAnA08MovescuRetrievesObjectsWithTheNewDemographics) {  // digest 3.6
  auto storescp = start_storescp();
  start();
  ASSERT_EQ(storescu(sample_images()), 0) << read_text(dir / "storescu.log");
  ASSERT_TRUE(actor->reconciliation().update_patient({"PAT001", "HOSP", "SILVERHEELS^JAY", "19800202", "F"}));

  const auto out = dir / "movescu.log";
  ASSERT_EQ(run_command(dcmtk("movescu", {"-S", "-aem", "STORESCP", "-k", "QueryRetrieveLevel=STUDY", "-k",
                                          "StudyInstanceUID=2.25.1001"}),
                        out),
            0)
      << read_text(out);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(received())) {
    if (!entry.is_regular_file()) continue;
    ++files;
    auto read = net::read_dicom_file(entry.path());
    ASSERT_FALSE(read.error) << entry.path();
    EXPECT_EQ(read.dataset.string({0x0010, 0x0010}), "SILVERHEELS^JAY") << entry.path();
    EXPECT_EQ(read.dataset.string({0x0010, 0x0021}), "HOSP") << entry.path();
    EXPECT_EQ(read.dataset.string({0x0010, 0x0040}), "F") << entry.path();
    EXPECT_EQ(read.dataset.find({0x7FE0, 0x0010})->bytes.size(), 16u * 16u * 2u) << "pixel data kept";
  }
  EXPECT_EQ(files, 3u) << storescp->log();
}

}  // namespace
}  // namespace ihe::test
