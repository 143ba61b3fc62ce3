// Our SCU against Orthanc 1.10.1 as Image Manager/Archive (targets.md 3.1): store, query at each level,
// move to a storescp Orthanc knows, Storage Commitment request, and an MPPS it does not support.
#include <gtest/gtest.h>

#include <set>

#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/peers/dicom_scu/query_keys.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace ihe::net {
namespace {

using test::keys;
using test::value_of;

// Orthanc with two images of one series plus one of another series, all in one study, already stored.
class ScuAgainstOrthanc : public ::testing::Test {
 protected:
  ScuAgainstOrthanc()
      : storescp_(dir_ / "storescp", "STORESCP"),
        orthanc_(dir_ / "orthanc", "ORTHANC", {{"STORESCP", storescp_.port()}, {"HARNESS", test::free_port()}}) {}

  void SetUp() override {
    for (int i = 0; i < 3; ++i) {
      const auto file = dir_ / ("image" + std::to_string(i) + ".dcm");
      test::write_test_image(file, {.study_uid = kStudy, .series_uid = i < 2 ? "2.25.81" : "2.25.82",
                                    .sop_instance_uid = "2.25.90" + std::to_string(i), .instance_number = i + 1});
      files_.push_back(file);
    }
    DicomAssociation association(params(contexts::storage_for_files(files_)));
    ASSERT_TRUE(association.open().ok()) << orthanc_.log();
    for (const auto& file : files_) {
      const DimseResult stored = association.store_file(file);
      ASSERT_TRUE(stored.ok()) << stored.detail;
      ASSERT_EQ(stored.status, 0x0000) << stored.status_text();
    }
  }

  AssociationParams params(std::vector<PresentationContext> contexts) const {
    return {.calling_ae = "HARNESS", .called_ae = "ORTHANC", .host = "127.0.0.1", .port = orthanc_.dicom_port(),
            .contexts = std::move(contexts)};
  }

  static constexpr const char* kStudy = "2.25.80";
  test::TempDir dir_;
  test::StorescpServer storescp_;
  test::OrthancServer orthanc_;
  std::vector<std::filesystem::path> files_;
};

TEST_F(ScuAgainstOrthanc, EchoSucceeds) {
  DicomAssociation association(params({contexts::verification()}));
  ASSERT_TRUE(association.open().ok());
  const DimseResult result = association.echo();
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000);
}

TEST_F(ScuAgainstOrthanc, FindsTheStoredStudySeriesAndImages) {
  DicomAssociation association(params({contexts::study_root_find()}));
  ASSERT_TRUE(association.open().ok());

  const FindResult studies = association.find(
      sop_class::kStudyRootFind,
      keys({{"QueryRetrieveLevel", "STUDY"}, {"PatientID", "PAT001"}, {"StudyInstanceUID", ""}, {"AccessionNumber", ""}}));
  ASSERT_TRUE(studies.ok()) << studies.detail;
  EXPECT_EQ(studies.status, 0x0000);
  ASSERT_EQ(studies.matches.size(), 1u);
  EXPECT_EQ(value_of(studies.matches[0], "StudyInstanceUID"), kStudy);
  EXPECT_EQ(value_of(studies.matches[0], "AccessionNumber"), "ACC001");

  const FindResult series = association.find(
      sop_class::kStudyRootFind,
      keys({{"QueryRetrieveLevel", "SERIES"}, {"StudyInstanceUID", kStudy}, {"SeriesInstanceUID", ""}, {"Modality", ""}}));
  ASSERT_TRUE(series.ok()) << series.detail;
  std::set<std::string> series_uids;
  for (const auto& match : series.matches) series_uids.insert(value_of(match, "SeriesInstanceUID"));
  EXPECT_EQ(series_uids, (std::set<std::string>{"2.25.81", "2.25.82"}));

  const FindResult images = association.find(
      sop_class::kStudyRootFind, keys({{"QueryRetrieveLevel", "IMAGE"}, {"StudyInstanceUID", kStudy},
                                       {"SeriesInstanceUID", "2.25.81"}, {"SOPInstanceUID", ""}, {"SOPClassUID", ""}}));
  ASSERT_TRUE(images.ok()) << images.detail;
  std::set<std::string> instances;
  for (const auto& match : images.matches) {
    instances.insert(value_of(match, "SOPInstanceUID"));
    EXPECT_EQ(value_of(match, "SOPClassUID"), "1.2.840.10008.5.1.4.1.1.7");
  }
  EXPECT_EQ(instances, (std::set<std::string>{"2.25.900", "2.25.901"}));
}

TEST_F(ScuAgainstOrthanc, CancelsAFindAfterTheLimitAndKeepsTheAssociation) {
  DicomAssociation association(params({contexts::study_root_find(), contexts::verification()}));
  ASSERT_TRUE(association.open().ok());
  const FindResult images = association.find(
      sop_class::kStudyRootFind,
      keys({{"QueryRetrieveLevel", "IMAGE"}, {"StudyInstanceUID", kStudy}, {"SOPInstanceUID", ""}}), 1);
  ASSERT_TRUE(images.ok()) << images.detail;
  EXPECT_TRUE(images.cancel_sent);
  EXPECT_GE(images.matches.size(), 1u);
  // Orthanc may have sent every match before it read the C-CANCEL: either ending is conformant.
  EXPECT_TRUE(images.kind() == StatusKind::Cancel || images.kind() == StatusKind::Success) << images.status_text();
  EXPECT_TRUE(association.echo().ok());
}

TEST_F(ScuAgainstOrthanc, MovesTheStudyToStorescpWithSubOperationCounts) {
  DicomAssociation association(params({contexts::study_root_move()}));
  ASSERT_TRUE(association.open().ok());
  const MoveResult moved = association.move(sop_class::kStudyRootMove, "STORESCP",
                                            keys({{"QueryRetrieveLevel", "STUDY"}, {"StudyInstanceUID", kStudy}}));
  ASSERT_TRUE(moved.ok()) << moved.detail;
  EXPECT_EQ(moved.status, 0x0000) << moved.status_text();
  ASSERT_FALSE(moved.responses.empty());
  const MoveProgress& last = moved.responses.back();
  EXPECT_EQ(last.completed, 3);
  EXPECT_EQ(last.failed, 0);
  EXPECT_EQ(last.warning, 0);
  EXPECT_EQ(last.remaining, 0);
  EXPECT_EQ(storescp_.received_files().size(), 3u) << storescp_.log();
}

TEST_F(ScuAgainstOrthanc, MoveToAnUnknownDestinationIsAFailureStatusNotAnError) {
  DicomAssociation association(params({contexts::study_root_move()}));
  ASSERT_TRUE(association.open().ok());
  const MoveResult moved = association.move(sop_class::kStudyRootMove, "NOBODY",
                                            keys({{"QueryRetrieveLevel", "STUDY"}, {"StudyInstanceUID", kStudy}}));
  ASSERT_TRUE(moved.ok()) << moved.detail;
  EXPECT_EQ(moved.kind(), StatusKind::Failure) << moved.status_text();
}

TEST_F(ScuAgainstOrthanc, AcceptsAStorageCommitmentRequest) {
  DicomAssociation association(params({contexts::storage_commitment()}));
  ASSERT_TRUE(association.open().ok());
  dicom::DicomDataset referenced;
  referenced.set(test::tag("ReferencedSOPClassUID"), "1.2.840.10008.5.1.4.1.1.7");
  referenced.set(test::tag("ReferencedSOPInstanceUID"), "2.25.900");
  dicom::DicomDataset request = keys({{"TransactionUID", "2.25.123456789"}});
  request.set_sequence(test::tag("ReferencedSOPSequence"), {referenced});
  // PS3.4 J.3.2: action type 1, "Request Storage Commitment", on the well-known instance.
  const NResult result = association.n_action(sop_class::kStorageCommitmentPushModel,
                                              sop_class::kStorageCommitmentPushModelInstance, 1, request);
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000) << result.status_text();
}

TEST_F(ScuAgainstOrthanc, MppsIsRefusedAsNoPresentationContext) {
  DicomAssociation association(params({contexts::verification(), contexts::mpps()}));
  ASSERT_TRUE(association.open().ok());
  EXPECT_FALSE(association.accepted(sop_class::kMpps));
  const NResult result = association.n_create(sop_class::kMpps, "2.25.55555",
                                              keys({{"PerformedProcedureStepStatus", "IN PROGRESS"}}));
  EXPECT_EQ(result.error, DicomError::no_presentation_context) << result.detail;
  EXPECT_TRUE(association.echo().ok());
}

TEST_F(ScuAgainstOrthanc, AnAssociationOfOnlyUnsupportedContextsIsNoPresentationContext) {
  DicomAssociation association(params({contexts::mpps()}));
  const DicomOutcome outcome = association.open();
  EXPECT_EQ(outcome.error, DicomError::no_presentation_context) << outcome.detail;
  EXPECT_FALSE(association.is_open());
}

}  // namespace
}  // namespace ihe::net
