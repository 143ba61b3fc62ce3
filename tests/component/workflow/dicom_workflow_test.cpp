// The DICOM side of Scheduled Workflow among our own simulated actors over loopback, with nothing
// scripted: the Acquisition Modality queries the Order Filler's worklist (RAD-5), reports the step to it
// (RAD-6, RAD-7), stores its images in the Image Manager (RAD-8) and asks it to commit them (RAD-10, the
// report on a new association); the Image Display then finds the study (RAD-14) and retrieves it into its
// own storage SCP (RAD-16). The Order Filler's worklist comes from the annotated example seed.
#include <gtest/gtest.h>

#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/image_display/image_display.h"
#include "actors/image_manager/image_manager.h"
#include "actors/order_filler/order_filler.h"
#include "tests/support/net_util.h"

namespace ihe::actors {
namespace {

using dicom::DicomDataset;
using dicom::Tag;

constexpr Tag kAccessionNumber{0x0008, 0x0050};
constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kPatientId{0x0010, 0x0020};
constexpr Tag kPatientName{0x0010, 0x0010};

// PAT001's requested procedure in examples/actors/order-filler-seed.xml.
constexpr const char* kSeededAccession = "ACC001";
constexpr const char* kSeededStudyUid = "1.2.826.0.1.3680043.9.7156.1.1";

Endpoint local(const std::string& ae, std::uint16_t port) { return {ae, "127.0.0.1", port}; }

class DicomWorkflow : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto of_port = ihe::test::free_port();
    const auto im_port = ihe::test::free_port();
    const auto display_port = ihe::test::free_port();
    const auto modality_port = ihe::test::free_port();

    OrderFillerConfig of;
    of.ae_title = "ORDER_FILLER";
    of.dicom_port = of_port;
    of.seed_file = ihe::test::source_dir() / "examples/actors/order-filler-seed.xml";
    order_filler_ = std::make_unique<OrderFiller>(of, FaultSwitches{}, log_);

    image_manager::ImageManagerConfig im;
    im.port = im_port;
    im.storage_folder = dir_ / "archive";
    im.peers = {{"MODALITY1", local("MODALITY1", modality_port)},
                {"IMAGE_DISPLAY", local("IMAGE_DISPLAY", display_port)}};
    image_manager_ = std::make_unique<image_manager::ImageManager>(im, FaultSwitches{}, log_);

    ImageDisplayConfig display;
    display.port = display_port;
    display.image_archive = local(im.ae_title, im_port);
    display_ = std::make_unique<ImageDisplay>(display, FaultSwitches{}, log_);

    ModalityConfig modality;
    modality.port = modality_port;
    modality.order_filler = local(of.ae_title, of_port);
    modality.image_manager = local(im.ae_title, im_port);
    modality.workflow.patient_id = "PAT001";
    modality.workflow.images_per_series = 3;
    modality_ = std::make_unique<AcquisitionModality>(modality, log_);

    order_filler_->start();
    image_manager_->start();
    display_->start();
    modality_->start();
  }

  void TearDown() override {
    modality_->stop();
    display_->stop();
    image_manager_->stop();
    order_filler_->stop();
  }

  ihe::test::TempDir dir_;
  TransactionLog log_;
  std::unique_ptr<OrderFiller> order_filler_;
  std::unique_ptr<image_manager::ImageManager> image_manager_;
  std::unique_ptr<ImageDisplay> display_;
  std::unique_ptr<AcquisitionModality> modality_;
};

TEST_F(DicomWorkflow, ScheduledStepRunsFromWorklistToRetrieveAmongOurActors) {
  const WorkflowOutcome outcome = modality_->run_scheduled_workflow();

  // RAD-5: the seeded step, as scheduled.
  ASSERT_TRUE(outcome.worklist.ok()) << outcome.worklist.detail;
  ASSERT_EQ(outcome.worklist.matches.size(), 1u);
  EXPECT_EQ(outcome.worklist.matches[0].string(kAccessionNumber), kSeededAccession);
  EXPECT_EQ(outcome.worklist.matches[0].string(kStudyUid), kSeededStudyUid);

  // RAD-6/7 at the Order Filler (PPS Manager): accepted, and the step followed the MPPS to COMPLETED.
  ASSERT_TRUE(outcome.in_progress && outcome.completed);
  EXPECT_EQ(outcome.in_progress->status, 0x0000) << outcome.in_progress->detail;
  EXPECT_EQ(outcome.completed->status, 0x0000) << outcome.completed->detail;
  const auto worklist = order_filler_->store().worklist();
  const auto seeded = std::find_if(worklist.begin(), worklist.end(),
                                   [](const WorklistEntry& e) { return e.step.sps_id == "SPS001"; });
  ASSERT_NE(seeded, worklist.end());
  EXPECT_EQ(seeded->step.status, SpsStatus::Completed);

  // RAD-8 and RAD-10: every image stored and committed, the report on a new association from the IM.
  ASSERT_TRUE(outcome.stored.all_stored());
  const std::size_t images = outcome.stored.images.size();
  EXPECT_EQ(images, 3u);
  ASSERT_TRUE(outcome.commitment && outcome.commitment->ok());
  EXPECT_EQ(outcome.commitment->report->event_type, 1);
  EXPECT_EQ(outcome.commitment->report->committed.size(), images);
  EXPECT_TRUE(outcome.commitment->report->failed.empty());
  EXPECT_FALSE(outcome.commitment->report->same_association);

  // RAD-14: the Image Display finds the study under the scheduled identifiers.
  DicomDataset keys;
  keys.set(kPatientId, "PAT001").set(kAccessionNumber, "").set(kStudyUid, "").set(kPatientName, "");
  const auto found = display_->query_images({.level = QueryLevel::Study, .keys = keys});
  ASSERT_TRUE(found.ok()) << found.detail;
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(found.matches[0].string(kAccessionNumber), kSeededAccession);
  EXPECT_EQ(found.matches[0].string(kStudyUid), kSeededStudyUid);
  EXPECT_EQ(found.matches[0].string(kPatientName), "DOE^JOHN");

  // RAD-16: the whole study arrives in the display's storage SCP.
  const auto retrieved = display_->retrieve_images({.level = QueryLevel::Study, .study_uid = kSeededStudyUid});
  ASSERT_TRUE(retrieved.ok()) << retrieved.detail;
  EXPECT_EQ(retrieved.status, 0x0000);
  EXPECT_EQ(retrieved.counts.completed, images);
  EXPECT_EQ(retrieved.received_sop_instance_uids.size(), images);
}

}  // namespace
}  // namespace ihe::actors
