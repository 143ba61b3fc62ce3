// RAD-49: the Instance Availability Notification follows a COMPLETED MPPS once its instances are stored.
#include "tests/component/image_manager/image_manager_fixture.h"
#include "tests/component/image_manager/n_request_sink.h"

namespace ihe::test {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr const char* kIanSopClass = "1.2.840.10008.5.1.4.33";

DicomDataset completed_listing(const std::string& sop_instance) {
  DicomDataset image, series, set;
  image.set({0x0008, 0x1150}, Vr::UI, "1.2.840.10008.5.1.4.1.1.7")
      .set({0x0008, 0x1155}, Vr::UI, sop_instance);
  series.set({0x0020, 0x000E}, Vr::UI, "2.25.1002").set_sequence({0x0008, 0x1140}, {image});
  set.set({0x0040, 0x0252}, Vr::CS, "COMPLETED").set({0x0040, 0x0250}, Vr::DA, "20261128");
  set.set({0x0040, 0x0251}, Vr::TM, "121000").set_sequence({0x0040, 0x0340}, {series});
  return set;
}

class AvailabilityTest : public ImageManagerTest {
 protected:
  void perform_step() {
    auto association = associate({net::contexts::mpps()});
    DicomDataset create;
    create.set({0x0040, 0x0252}, Vr::CS, "IN PROGRESS");
    ASSERT_EQ(association.n_create(net::sop_class::kMpps, "2.25.5001", create).status, 0x0000);
    ASSERT_EQ(association.n_set(net::sop_class::kMpps, "2.25.5001", completed_listing("2.25.1003")).status,
              0x0000);
  }
  NRequestSink filler{"ORDER_FILLER", net::DimseCommand::NCreate, kIanSopClass};
};

void expect_notification(const net::NRequest& ian) {
  EXPECT_EQ(ian.association.calling_ae, "IMAGE_MANAGER");
  EXPECT_EQ(ian.dataset.string({0x0020, 0x000D}), "2.25.1001");
  const auto& pps = ian.dataset.items({0x0008, 0x1111});
  ASSERT_EQ(pps.size(), 1u);
  EXPECT_EQ(pps[0].string({0x0008, 0x1155}), "2.25.5001");
  const auto& series = ian.dataset.items({0x0008, 0x1115});
  ASSERT_EQ(series.size(), 1u);
  const auto& sops = series[0].items({0x0008, 0x1199});
  ASSERT_EQ(sops.size(), 1u);
  EXPECT_EQ(sops[0].string({0x0008, 0x1155}), "2.25.1003");
  EXPECT_EQ(sops[0].string({0x0008, 0x0056}), "ONLINE");
  EXPECT_EQ(sops[0].string({0x0008, 0x0054}), "IMAGE_MANAGER");
}

TEST_F(AvailabilityTest, SentWhenTheStepCompletesAfterItsInstancesArrived) {
  config.ian_order_filler = actors::Endpoint{"ORDER_FILLER", "127.0.0.1", filler.port()};
  start();
  store({sample_images()[0]});
  perform_step();
  auto received = filler.wait_for(1);
  ASSERT_EQ(received.size(), 1u);
  expect_notification(received[0]);
}

TEST_F(AvailabilityTest, WaitsForTheLastListedInstance) {
  config.ian_order_filler = actors::Endpoint{"ORDER_FILLER", "127.0.0.1", filler.port()};
  start();
  perform_step();
  store({sample_images()[1]});  // not the listed instance
  store({sample_images()[0]});
  auto received = filler.wait_for(1);
  ASSERT_EQ(received.size(), 1u);
  expect_notification(received[0]);
}

TEST_F(AvailabilityTest, NothingSentWithoutAConfiguredOrderFiller) {
  start();
  store({sample_images()[0]});
  perform_step();
  actor->stop();
  EXPECT_TRUE(filler.wait_for(0).empty());
  EXPECT_FALSE(published("RAD-49", ""));
}

}  // namespace
}  // namespace ihe::test
