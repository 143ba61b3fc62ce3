// Each fault switch makes the Image Manager really misbehave (what the conformance checks must catch).
#include <atomic>

#include "actors/net/dicom/conversion/dicom_file.h"
#include "actors/net/dicom/scp/dicom_server.h"
#include "tests/component/image_manager/image_manager_fixture.h"
#include "tests/component/image_manager/n_request_sink.h"

namespace ihe::test {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;
namespace fault = actors::image_manager::fault;

constexpr Tag kPpsStatus{0x0040, 0x0252};
constexpr Tag kTransactionUid{0x0008, 0x1195};
constexpr Tag kReferencedSops{0x0008, 0x1199};
constexpr Tag kRequestAttributes{0x0040, 0x0275};
constexpr Tag kScheduledStepAttributes{0x0040, 0x0270};
constexpr Tag kRequestedProcedureId{0x0040, 0x1001};

// The group case (PS3.17 J.4.1): one item per requested procedure, `count` of them.
std::vector<DicomDataset> request_items(int count) {
  std::vector<DicomDataset> items;
  for (int n = 1; n <= count; ++n) {
    DicomDataset item;
    item.set(kRequestedProcedureId, Vr::SH, "RP" + std::to_string(n));
    item.set({0x0040, 0x0009}, Vr::SH, "SPS" + std::to_string(n));
    items.push_back(item);
  }
  return items;
}

DicomDataset final_mpps() {
  DicomDataset series, set;
  series.set({0x0020, 0x000E}, Vr::UI, "2.25.1002").set_sequence({0x0008, 0x1140}, {});
  set.set(kPpsStatus, Vr::CS, "COMPLETED").set({0x0040, 0x0250}, Vr::DA, "20261128");
  set.set({0x0040, 0x0251}, Vr::TM, "121000").set_sequence({0x0040, 0x0340}, {series});
  return set;
}

DicomDataset commitment_of(const std::string& sop_instance) {
  DicomDataset item, request;
  item.set({0x0008, 0x1150}, Vr::UI, "1.2.840.10008.5.1.4.1.1.7").set({0x0008, 0x1155}, Vr::UI, sop_instance);
  request.set(kTransactionUid, Vr::UI, "2.25.7001").set_sequence(kReferencedSops, {item});
  return request;
}

DicomDataset study_query(const std::string& patient_id) {
  DicomDataset keys;
  keys.set({0x0008, 0x0052}, Vr::CS, "STUDY").set({0x0020, 0x000D}, Vr::UI, "");
  keys.set({0x0010, 0x0020}, Vr::LO, patient_id)
      .set({0x0010, 0x0010}, Vr::PN, "")
      .set({0x0008, 0x0050}, Vr::SH, "");
  return keys;
}

class ImageManagerFaultTest : public ImageManagerTest {
 protected:
  net::ReceivedEventReport commit(const std::string& sop_instance) {
    auto association = associate({net::contexts::storage_commitment(net::ScuScpRole::Both)});
    auto action = association.n_action(net::sop_class::kStorageCommitmentPushModel,
                                       net::sop_class::kStorageCommitmentPushModelInstance, 1,
                                       commitment_of(sop_instance));
    EXPECT_EQ(action.status, 0x0000);
    return association.wait_event_report(std::chrono::seconds(2));
  }
};

TEST_F(ImageManagerFaultTest, MppsAcceptNsetAfterCompleted) {
  start({fault::kMppsAcceptNsetAfterCompleted});
  auto association = associate({net::contexts::mpps()});
  DicomDataset create;
  create.set(kPpsStatus, Vr::CS, "IN PROGRESS");
  ASSERT_EQ(association.n_create(net::sop_class::kMpps, "2.25.5001", create).status, 0x0000);
  ASSERT_EQ(association.n_set(net::sop_class::kMpps, "2.25.5001", final_mpps()).status, 0x0000);
  EXPECT_EQ(association.n_set(net::sop_class::kMpps, "2.25.5001", final_mpps()).status,
            0x0000);  // should be 0x0110
}

TEST_F(ImageManagerFaultTest, StgcmtReportSuccessForMissing) {
  config.report = actors::image_manager::ReportMode::Same;
  start({fault::kStgcmtSuccessForMissing});
  auto report = commit("2.25.404");
  ASSERT_TRUE(report.ok()) << report.detail;
  EXPECT_EQ(report.event_type, 1);
  EXPECT_EQ(report.event_information.items(kReferencedSops).size(), 1u);
}

TEST_F(ImageManagerFaultTest, StgcmtNeverReport) {
  config.report = actors::image_manager::ReportMode::Same;
  start({fault::kStgcmtNeverReport});
  store({sample_images()[0]});
  EXPECT_FALSE(commit("2.25.1003").ok());
}

TEST_F(ImageManagerFaultTest, StgcmtReportWrongTransactionUid) {
  config.report = actors::image_manager::ReportMode::Same;
  start({fault::kStgcmtWrongTransactionUid});
  store({sample_images()[0]});
  auto report = commit("2.25.1003");
  ASSERT_TRUE(report.ok()) << report.detail;
  EXPECT_NE(report.event_information.string(kTransactionUid), "2.25.7001");
}

TEST_F(ImageManagerFaultTest, StgcmtReportFromWrongAe) {
  NRequestSink modality("MODALITY1", net::DimseCommand::NEventReport,
                        net::sop_class::kStorageCommitmentPushModel);
  config.peers["MODALITY1"] = {"MODALITY1", "127.0.0.1", modality.port()};
  start({fault::kStgcmtReportFromWrongAe});
  store({sample_images()[0]});
  auto association = associate({net::contexts::storage_commitment()});
  ASSERT_EQ(association
                .n_action(net::sop_class::kStorageCommitmentPushModel,
                          net::sop_class::kStorageCommitmentPushModelInstance, 1, commitment_of("2.25.1003"))
                .status,
            0x0000);
  const auto reports = modality.wait_for(1);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_NE(reports[0].association.calling_ae, "IMAGE_MANAGER");  // the N-ACTION went to IMAGE_MANAGER
  EXPECT_EQ(reports[0].type_id, 1);
}

TEST_F(ImageManagerFaultTest, QueryDropReturnKey) {
  start({fault::kQueryDropReturnKey});
  store(sample_images());
  auto result = find(study_query("PAT001"));
  ASSERT_EQ(result.matches.size(), 1u);
  EXPECT_FALSE(result.matches[0].contains({0x0008, 0x0050}));
  EXPECT_FALSE(result.matches[0].contains({0x0010, 0x0010}));
}

TEST_F(ImageManagerFaultTest, QueryIgnorePatientIdMatch) {
  start({fault::kQueryIgnorePatientId});
  store(sample_images());
  EXPECT_EQ(find(study_query("PAT001")).matches.size(), 2u);  // PAT002's study too
}

TEST_F(ImageManagerFaultTest, MoveDropInstance) {
  std::atomic<int> received{0};
  net::HandlerRegistry destination_handlers;
  destination_handlers.on_store(kScSopClass, [&](const net::StoreRequest&) {
    ++received;
    return std::uint16_t{0};
  });
  net::ServerConfig destination_config;
  destination_config.ae_titles = {"WORKSTATION"};
  net::DicomServer destination(destination_config, std::move(destination_handlers));
  destination.start();
  config.peers["WORKSTATION"] = {"WORKSTATION", "127.0.0.1", destination.port()};
  start({fault::kMoveDropInstance});
  store(sample_images());
  auto association = associate({net::contexts::study_root_move()});
  DicomDataset keys;
  keys.set({0x0008, 0x0052}, Vr::CS, "STUDY").set({0x0020, 0x000D}, Vr::UI, "2.25.1001");
  auto result = association.move(net::sop_class::kStudyRootMove, "WORKSTATION", keys);
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000);  // success although the study holds 3 instances
  EXPECT_EQ(received.load(), 2);
}

TEST_F(ImageManagerFaultTest, StoreRefuse) {
  start({fault::kStoreRefuse});
  EXPECT_EQ(store({sample_images()[0]}), (std::vector<std::uint16_t>{0xA700}));
  EXPECT_TRUE(actor->archive().instances().empty());
}

class GroupCaseFaultTest : public ImageManagerFaultTest {
 protected:
  // Stores one image of a grouped procedure (two Request Attributes items); returns the archived copy.
  DicomDataset store_grouped_image() {
    const auto image = sample_images()[0];
    const auto file = dir / "grouped.dcm";
    write_test_image(file, image);
    auto read = net::read_dicom_file(file);
    EXPECT_TRUE(read) << read.error.message();
    read.dataset.set_sequence(kRequestAttributes, request_items(2));
    EXPECT_FALSE(net::write_dicom_file(file, read.dataset));
    auto association = associate(net::contexts::storage_for_files({file}));
    EXPECT_EQ(association.store_file(file).status, 0x0000);
    const auto archived = actor->archive().instances();
    EXPECT_EQ(archived.size(), 1u);
    return archived.empty() ? DicomDataset{} : net::read_dicom_file(archived[0].file).dataset;
  }

  std::uint16_t create_mpps(int ssas_items) {
    auto association = associate({net::contexts::mpps()});
    DicomDataset create;
    create.set(kPpsStatus, Vr::CS, "IN PROGRESS")
        .set_sequence(kScheduledStepAttributes, request_items(ssas_items));
    return association.n_create(net::sop_class::kMpps, "2.25.6001", create).status;
  }
};

TEST_F(GroupCaseFaultTest, ConformantArchiveKeepsBothRequestAttributesItems) {
  start();
  const auto archived = store_grouped_image();
  ASSERT_EQ(archived.items(kRequestAttributes).size(), 2u);
  EXPECT_EQ(archived.items(kRequestAttributes)[1].string(kRequestedProcedureId), "RP2");
}

TEST_F(GroupCaseFaultTest, ArchiveDropsRequestAttributesKeepsOnlyTheFirstItem) {
  start({fault::kArchiveDropsRequestAttributes});
  const auto archived = store_grouped_image();
  ASSERT_EQ(archived.items(kRequestAttributes).size(), 1u);
  EXPECT_EQ(archived.items(kRequestAttributes)[0].string(kRequestedProcedureId), "RP1");
}

TEST_F(GroupCaseFaultTest, ConformantMppsAcceptsTwoScheduledStepItems) {
  start();
  EXPECT_EQ(create_mpps(2), 0x0000);
}

TEST_F(GroupCaseFaultTest, MppsRefusesGroupRefusesTwoItemsButAcceptsOne) {
  start({fault::kMppsRefusesGroup});
  EXPECT_EQ(create_mpps(2), 0x0106);
  EXPECT_TRUE(published("RAD-6", "mpps-refuses-group"));
  EXPECT_EQ(create_mpps(1), 0x0000);  // the scheduled case still works: only the group is refused
}

}  // namespace
}  // namespace ihe::test
