// Storage commitment against a real archive (RAD-10, PS3.4 J.3): our SCU sends the N-ACTION to Orthanc
// 1.10.1, and Orthanc's N-EVENT-REPORT arrives on a new association at our SCP (targets.md 3.1, pitfall 5:
// the report goes to the DicomModalities entry of the calling AE, without role selection).
#include <gtest/gtest.h>

#include <condition_variable>
#include <mutex>

#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/component/dicom_scp/scp_test_support.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace ihe::test {
namespace {

using net::DimseCommand;

const dicom::Tag kTransactionUid{0x0008, 0x1195};
const dicom::Tag kReferencedSopSequence{0x0008, 0x1199};
const dicom::Tag kFailedSopSequence{0x0008, 0x1198};
const dicom::Tag kReferencedSopClass{0x0008, 0x1150};
const dicom::Tag kReferencedSopInstance{0x0008, 0x1155};
const std::string kStgCmtInstance = "1.2.840.10008.1.20.1.1";

struct Inbox {
  std::mutex mutex;
  std::condition_variable arrived;
  std::vector<net::NRequest> reports;
  bool wait(std::chrono::seconds timeout) {
    std::unique_lock lock(mutex);
    return arrived.wait_for(lock, timeout, [this] { return !reports.empty(); });
  }
};

dicom::DicomDataset reference(const std::string& instance) {
  dicom::DicomDataset item;
  item.set(kReferencedSopClass, dicom::Vr::UI, kSecondaryCapture);
  item.set(kReferencedSopInstance, dicom::Vr::UI, instance);
  return item;
}

TEST(DicomScpWithOrthanc, StorageCommitmentReportArrivesOnANewAssociation) {
  TempDir dir;
  Inbox inbox;
  net::HandlerRegistry registry;
  registry.on_n(DimseCommand::NEventReport, kStorageCommitment, [&inbox](const net::NRequest& r) {
    const std::lock_guard lock(inbox.mutex);
    inbox.reports.push_back(r);
    inbox.arrived.notify_all();
    return net::NResponse{};
  });
  EventLog log;
  auto server = start_server({}, std::move(registry), log);
  OrthancServer orthanc(dir.path(), "ORTHANC", {{"HARNESS", server->port()}});

  TestImage image;
  const auto file = dir / "image.dcm";
  write_test_image(file, image);
  net::AssociationParams params;
  params.calling_ae = "HARNESS";
  params.called_ae = "ORTHANC";
  params.host = "127.0.0.1";
  params.port = orthanc.dicom_port();
  params.contexts = {net::contexts::storage(kSecondaryCapture), net::contexts::storage_commitment()};
  net::DicomAssociation association(params);
  ASSERT_TRUE(association.open().ok()) << orthanc.log();
  ASSERT_EQ(association.store_file(file).status, 0) << orthanc.log();

  // One stored instance and one Orthanc never saw: event type 2 with both lists (PS3.4 J.3.3.1.1).
  dicom::DicomDataset request;
  request.set(kTransactionUid, dicom::Vr::UI, "1.2.826.0.1.3680043.9.7156.5.1");
  request.set_sequence(kReferencedSopSequence, {reference(image.sop_instance_uid), reference("2.25.999999")});
  const auto action = association.n_action(kStorageCommitment, kStgCmtInstance, 1, request);
  ASSERT_TRUE(action.ok()) << action.detail;
  EXPECT_EQ(action.status, 0);
  association.release();

  ASSERT_TRUE(inbox.wait(std::chrono::seconds(15))) << orthanc.log();
  const std::lock_guard lock(inbox.mutex);
  const auto& report = inbox.reports.front();
  EXPECT_EQ(report.association.calling_ae, "ORTHANC");
  EXPECT_EQ(report.sop_instance_uid, kStgCmtInstance);
  EXPECT_EQ(report.type_id, 2);
  EXPECT_EQ(report.dataset.string(kTransactionUid), "1.2.826.0.1.3680043.9.7156.5.1");
  ASSERT_EQ(report.dataset.items(kReferencedSopSequence).size(), 1u);
  EXPECT_EQ(report.dataset.items(kReferencedSopSequence)[0].string(kReferencedSopInstance), image.sop_instance_uid);
  ASSERT_EQ(report.dataset.items(kFailedSopSequence).size(), 1u);
  EXPECT_EQ(report.dataset.items(kFailedSopSequence)[0].string(kReferencedSopInstance), "2.25.999999");
}

}  // namespace
}  // namespace ihe::test
