#include "actors/common/mpps/mpps_lifecycle.h"
#include "tests/component/image_manager/image_manager_fixture.h"
#include "tests/component/image_manager/n_request_sink.h"

namespace ihe::test {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr const char* kMppsUid = "2.25.5001";
constexpr Tag kPpsStatus{0x0040, 0x0252};
constexpr Tag kTransactionUid{0x0008, 0x1195};
constexpr Tag kReferencedSops{0x0008, 0x1199};
constexpr Tag kFailedSops{0x0008, 0x1198};

DicomDataset in_progress() {
  DicomDataset mpps;
  mpps.set(kPpsStatus, Vr::CS, "IN PROGRESS")
      .set({0x0008, 0x0060}, Vr::CS, "OT")
      .set({0x0010, 0x0020}, Vr::LO, "PAT001");
  mpps.set({0x0040, 0x0253}, Vr::SH, "PPS1").set({0x0040, 0x0244}, Vr::DA, "20261128");
  return mpps;
}

DicomDataset completed(const std::string& sop_uid = "2.25.1003") {
  DicomDataset image, series, set;
  image.set({0x0008, 0x1150}, Vr::UI, "1.2.840.10008.5.1.4.1.1.7").set({0x0008, 0x1155}, Vr::UI, sop_uid);
  series.set({0x0020, 0x000E}, Vr::UI, "2.25.1002").set_sequence({0x0008, 0x1140}, {image});
  set.set(kPpsStatus, Vr::CS, "COMPLETED").set({0x0040, 0x0250}, Vr::DA, "20261128");
  set.set({0x0040, 0x0251}, Vr::TM, "121000").set_sequence({0x0040, 0x0340}, {series});
  return set;
}

DicomDataset commitment_request(const std::vector<std::pair<std::string, std::string>>& references) {
  DicomDataset request;
  std::vector<DicomDataset> items;
  for (const auto& [sop_class, sop_instance] : references) {
    DicomDataset item;
    item.set({0x0008, 0x1150}, Vr::UI, sop_class).set({0x0008, 0x1155}, Vr::UI, sop_instance);
    items.push_back(item);
  }
  request.set(kTransactionUid, Vr::UI, "2.25.7001").set_sequence(kReferencedSops, items);
  return request;
}

TEST_F(ImageManagerTest, MppsLifecycleAndRefusals) {  // PS3.4 F.7.2
  start();
  auto association = associate({net::contexts::mpps()});
  DicomDataset wrong = in_progress();
  wrong.set(kPpsStatus, Vr::CS, "COMPLETED");
  EXPECT_EQ(association.n_create(net::sop_class::kMpps, "2.25.5999", wrong).status, 0x0106);
  EXPECT_EQ(association.n_create(net::sop_class::kMpps, kMppsUid, in_progress()).status, 0x0000);
  EXPECT_EQ(association.n_create(net::sop_class::kMpps, kMppsUid, in_progress()).status, 0x0111);
  EXPECT_EQ(association.n_set(net::sop_class::kMpps, "2.25.404", completed()).status, 0x0112);
  DicomDataset without_end = completed();
  without_end.erase({0x0040, 0x0250});
  EXPECT_EQ(association.n_set(net::sop_class::kMpps, kMppsUid, without_end).status, 0x0120);
  EXPECT_EQ(association.n_set(net::sop_class::kMpps, kMppsUid, completed()).status, 0x0000);
  EXPECT_EQ(association.n_set(net::sop_class::kMpps, kMppsUid, completed()).status, 0x0110);
  ASSERT_TRUE(actor->find_mpps(kMppsUid));
  EXPECT_EQ(actor->find_mpps(kMppsUid)->status, actors::mpps::PpsStatus::Completed);
}

TEST_F(ImageManagerTest, MppsNSetOnAnotherAssociationIsAccepted) {
  start();
  associate({net::contexts::mpps()}).n_create(net::sop_class::kMpps, kMppsUid, in_progress());
  auto second = associate({net::contexts::mpps()});
  EXPECT_EQ(second.n_set(net::sop_class::kMpps, kMppsUid, completed()).status, 0x0000);
}

TEST_F(ImageManagerTest, StorageCommitmentOnSameAssociationReportsHeldAndMissing) {  // PS3.4 J.3.3
  config.report = actors::image_manager::ReportMode::Same;
  start();
  store({sample_images()[0]});
  auto association = associate({net::contexts::storage_commitment(net::ScuScpRole::Both)});
  auto action = association.n_action(net::sop_class::kStorageCommitmentPushModel,
                                     net::sop_class::kStorageCommitmentPushModelInstance, 1,
                                     commitment_request({{kScSopClass, "2.25.1003"},
                                                         {kScSopClass, "2.25.404"},
                                                         {"1.2.840.10008.5.1.4.1.1.2", "2.25.1003"}}));
  ASSERT_EQ(action.status, 0x0000) << action.detail;
  auto report = association.wait_event_report(std::chrono::seconds(5));
  ASSERT_TRUE(report.ok()) << report.detail;
  EXPECT_EQ(report.event_type, 2);
  EXPECT_EQ(report.event_information.string(kTransactionUid), "2.25.7001");
  const auto& committed = report.event_information.items(kReferencedSops);
  ASSERT_EQ(committed.size(), 1u);
  EXPECT_EQ(committed[0].string({0x0008, 0x1155}), "2.25.1003");
  const auto& failed = report.event_information.items(kFailedSops);
  ASSERT_EQ(failed.size(), 2u);
  EXPECT_EQ(failed[0].string({0x0008, 0x1197}), "274");  // 0x0112 no such object
  EXPECT_EQ(failed[1].string({0x0008, 0x1197}), "281");  // 0x0119 class/instance conflict
}

TEST_F(ImageManagerTest, StorageCommitmentReportOnNewAssociationToConfiguredPeer) {  // PS3.4 J.3.3.1.2
  NRequestSink modality("MODALITY1", net::DimseCommand::NEventReport,
                        net::sop_class::kStorageCommitmentPushModel);
  config.peers["MODALITY1"] = {"MODALITY1", "127.0.0.1", modality.port()};
  start();
  store({sample_images()[0]});
  auto association = associate({net::contexts::storage_commitment()});
  EXPECT_EQ(association
                .n_action(net::sop_class::kStorageCommitmentPushModel,
                          net::sop_class::kStorageCommitmentPushModelInstance, 1,
                          commitment_request({{kScSopClass, "2.25.1003"}}))
                .status,
            0x0000);
  const auto reports = modality.wait_for(1);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].type_id, 1);
  EXPECT_EQ(reports[0].association.calling_ae, "IMAGE_MANAGER");
  EXPECT_EQ(reports[0].dataset.items(kReferencedSops).size(), 1u);
  EXPECT_FALSE(reports[0].dataset.contains(kFailedSops));
}

TEST_F(ImageManagerTest, StorageCommitmentWithUnknownActionTypeIsRefused) {
  start();
  auto association = associate({net::contexts::storage_commitment()});
  EXPECT_EQ(association
                .n_action(net::sop_class::kStorageCommitmentPushModel,
                          net::sop_class::kStorageCommitmentPushModelInstance, 7, commitment_request({}))
                .status,
            0x0123);
}

TEST_F(ImageManagerTest, StorageCommitmentToAnotherInstanceThanTheWellKnownOneIsRefused) {  // PS3.4 J.3.5
  start();
  auto association = associate({net::contexts::storage_commitment()});
  EXPECT_EQ(association
                .n_action(net::sop_class::kStorageCommitmentPushModel, "2.25.1", 1,
                          commitment_request({{kScSopClass, "2.25.1003"}}))
                .status,
            0x0117);
}

TEST_F(ImageManagerTest, MppsNCreateWithoutInstanceUidGetsOneAssigned) {  // PS3.7 10.1.5
  start();
  auto association = associate({net::contexts::mpps()});
  auto created = association.n_create(net::sop_class::kMpps, "", in_progress());
  ASSERT_EQ(created.status, 0x0000) << created.detail;
  ASSERT_FALSE(created.affected_sop_instance_uid.empty());
  EXPECT_TRUE(actor->find_mpps(created.affected_sop_instance_uid).has_value());
}

TEST_F(ImageManagerTest, MoveToUnknownDestinationIsA801) {
  start();
  store({sample_images()[0]});
  auto association = associate({net::contexts::study_root_move()});
  DicomDataset keys;
  keys.set({0x0008, 0x0052}, Vr::CS, "STUDY").set({0x0020, 0x000D}, Vr::UI, "2.25.1001");
  auto result = association.move(net::sop_class::kStudyRootMove, "NOWHERE", keys);
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0xA801);
}

}  // namespace
}  // namespace ihe::test
