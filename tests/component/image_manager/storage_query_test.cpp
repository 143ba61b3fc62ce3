#include "actors/image_manager/archive_index.h"
#include "tests/component/image_manager/image_manager_fixture.h"

namespace ihe::test {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kLevel{0x0008, 0x0052};
constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kSeriesUid{0x0020, 0x000E};
constexpr Tag kSopUid{0x0008, 0x0018};
constexpr Tag kPatientId{0x0010, 0x0020};
constexpr Tag kPatientName{0x0010, 0x0010};
constexpr Tag kAccession{0x0008, 0x0050};

DicomDataset study_keys() {
  DicomDataset keys;
  keys.set(kLevel, Vr::CS, "STUDY").set(kStudyUid, Vr::UI, "").set(kPatientId, Vr::LO, "");
  keys.set(kPatientName, Vr::PN, "").set(kAccession, Vr::SH, "").set({0x0008, 0x0061}, Vr::CS, "");
  keys.set({0x0020, 0x1206}, Vr::IS, "").set({0x0020, 0x1208}, Vr::IS, "").set({0x0008, 0x0054}, Vr::AE, "");
  return keys;
}

TEST_F(ImageManagerTest, StoredInstancesLandInStudyFoldersAndAreIndexed) {
  start();
  EXPECT_EQ(store(sample_images()), (std::vector<std::uint16_t>(4, 0x0000)));
  EXPECT_TRUE(std::filesystem::exists(dir / "archive" / "2.25.1001" / "2.25.1004.dcm"));
  EXPECT_EQ(actor->archive().instances().size(), 4u);
  EXPECT_TRUE(published("RAD-8", "0x0000"));
}

TEST_F(ImageManagerTest, StudyLevelQueryReturnsRequestedKeysAndCounts) {
  start();
  store(sample_images());
  DicomDataset keys = study_keys();
  keys.set(kPatientId, Vr::LO, "PAT001");
  auto result = find(keys);
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000);
  ASSERT_EQ(result.matches.size(), 1u);
  const auto& study = result.matches[0];
  EXPECT_EQ(study.string(kStudyUid), "2.25.1001");
  EXPECT_EQ(study.string(kAccession), "ACC001");
  EXPECT_EQ(study.string(kPatientName), "DOE^JOHN");
  EXPECT_EQ(study.string({0x0020, 0x1206}), "2");
  EXPECT_EQ(study.string({0x0020, 0x1208}), "3");
  EXPECT_EQ(study.string({0x0008, 0x0054}), "IMAGE_MANAGER");
  EXPECT_EQ(study.find({0x0008, 0x0061})->values, (std::vector<std::string>{"OT", "CT"}));
  EXPECT_EQ(study.size(), keys.size());
}

TEST_F(ImageManagerTest, WildcardAndModalityQueriesAtStudyLevel) {
  start();
  store(sample_images());
  DicomDataset keys = study_keys();
  keys.set(kPatientName, Vr::PN, "ROE*");
  auto by_name = find(keys);
  ASSERT_EQ(by_name.matches.size(), 1u);
  EXPECT_EQ(by_name.matches[0].string(kPatientId), "PAT002");
  keys = study_keys();
  keys.set({0x0008, 0x0061}, Vr::CS, "CT");
  EXPECT_EQ(find(keys).matches.size(), 1u);
}

TEST_F(ImageManagerTest, SeriesAndImageLevelsNeedTheirHigherUniqueKeys) {
  start();
  store(sample_images());
  DicomDataset series;
  series.set(kLevel, Vr::CS, "SERIES").set(kSeriesUid, Vr::UI, "").set({0x0020, 0x1209}, Vr::IS, "");
  EXPECT_EQ(find(series).status, 0xA900);
  series.set(kStudyUid, Vr::UI, "2.25.1001");
  auto found = find(series);
  ASSERT_EQ(found.status, 0x0000);
  EXPECT_EQ(found.matches.size(), 2u);

  DicomDataset image;
  image.set(kLevel, Vr::CS, "IMAGE").set(kStudyUid, Vr::UI, "2.25.1001").set(kSopUid, Vr::UI, "");
  EXPECT_EQ(find(image).status, 0xA900);  // no Series Instance UID
  image.set(kSeriesUid, Vr::UI, "2.25.1002").set({0x0020, 0x0013}, Vr::IS, "2");
  auto images = find(image);
  ASSERT_EQ(images.matches.size(), 1u);
  EXPECT_EQ(images.matches[0].string(kSopUid), "2.25.1004");
}

TEST_F(ImageManagerTest, MissingOrForeignLevelIsRefusedNotCrashed) {
  start();
  DicomDataset no_level;
  no_level.set(kPatientId, Vr::LO, "");
  EXPECT_EQ(find(no_level).status, 0xA900);
  DicomDataset patient_level;
  patient_level.set(kLevel, Vr::CS, "PATIENT").set(kPatientId, Vr::LO, "");
  EXPECT_EQ(find(patient_level).status, 0xA900);  // Study Root has no PATIENT level
  EXPECT_TRUE(published("RAD-14", "0xA900"));
}

TEST_F(ImageManagerTest, PatientRootPatientLevelCountsStudies) {
  start();
  store(sample_images());
  DicomDataset keys;
  keys.set(kLevel, Vr::CS, "PATIENT").set(kPatientId, Vr::LO, "PAT001").set({0x0020, 0x1200}, Vr::IS, "");
  auto result = find(keys, net::sop_class::kPatientRootFind);
  ASSERT_EQ(result.matches.size(), 1u);
  EXPECT_EQ(result.matches[0].string({0x0020, 0x1200}), "1");
}

TEST_F(ImageManagerTest, ArchiveSurvivesRestartOnTheSameFolder) {
  start();
  store(sample_images());
  actor->stop();
  actor.reset();
  start();
  EXPECT_EQ(actor->archive().instances().size(), 4u);
  DicomDataset keys = study_keys();
  keys.set(kStudyUid, Vr::UI, "2.25.2001");
  auto result = find(keys);
  ASSERT_EQ(result.matches.size(), 1u);
  EXPECT_EQ(result.matches[0].string(kPatientName), "ROE^JANE");
}

TEST_F(ImageManagerTest, UnknownCallingAeIsRejectedWhenAnAllowListIsConfigured) {
  config.allowed_calling_aes = {"MODALITY1"};
  start();
  net::DicomAssociation stranger(
      {"STRANGER", kAe, "127.0.0.1", actor->port(), {net::contexts::verification()}});
  EXPECT_FALSE(stranger.open().ok());
  ASSERT_TRUE(stranger.rejection().has_value());
  EXPECT_EQ(stranger.rejection()->reason, 3);  // calling AE title not recognized (PS3.8 9.3.4)
  auto known = associate({net::contexts::verification()});
  EXPECT_EQ(known.echo().status, 0x0000);
}

TEST_F(ImageManagerTest, UnsupportedStorageClassGetsNoContext) {
  start();
  auto association = associate({net::contexts::verification(), net::contexts::storage("1.2.3.4.5.6")});
  EXPECT_FALSE(association.accepted("1.2.3.4.5.6"));
  EXPECT_TRUE(association.accepted(net::sop_class::kVerification));
}

}  // namespace
}  // namespace ihe::test
