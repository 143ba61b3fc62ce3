// Each fault switch of the Image Display really breaks its Storage SCP, seen from a C-STORE SCU (our own
// DicomAssociation): refuse, stay silent, reject the association. The first test is the conformant baseline.
#include <gtest/gtest.h>

#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/component/image_display/display_fixture.h"
#include "tests/support/peers/test_images.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;

class DisplayFaults : public ::testing::Test {
 protected:
  DisplayFaults() { test::write_test_image(image_, {.sop_instance_uid = "2.25.3001"}); }

  ImageDisplay& display_with(std::vector<std::string> faults) {
    auto config = test::display_config(0, std::nullopt);
    config.storage_folder = dir_ / "received";
    display_.emplace(std::move(config),
                     FaultSwitches::select(image_display_faults(), faults, "image-display"), recorded_.log);
    display_->start();
    return *display_;
  }

  net::DicomAssociation association_to(const ImageDisplay& display) const {
    auto contexts = net::contexts::storage_for_files({image_});
    contexts.push_back(net::contexts::verification());
    return net::DicomAssociation({.calling_ae = "MODALITY",
                                  .called_ae = "DISPLAY",
                                  .host = "127.0.0.1",
                                  .port = display.port(),
                                  .contexts = std::move(contexts),
                                  .timeouts = {1s, 1s, 1s}});
  }

  test::TempDir dir_;
  std::filesystem::path image_ = dir_ / "image.dcm";
  test::RecordedLog recorded_;
  std::optional<ImageDisplay> display_;
};

TEST_F(DisplayFaults, WithoutFaultsTheDisplayStoresAndIndexesTheInstance) {
  ImageDisplay& display = display_with({});
  net::DicomAssociation association = association_to(display);
  ASSERT_TRUE(association.open().ok());
  const net::DimseResult stored = association.store_file(image_);
  ASSERT_TRUE(stored.ok()) << stored.detail;
  EXPECT_EQ(stored.status, 0x0000);
  ASSERT_EQ(display.storage().received_count(), 1u);
  EXPECT_EQ(display.storage().received_since(0)[0].sop_instance_uid, "2.25.3001");
  EXPECT_EQ(display.storage().received_since(0)[0].calling_ae, "MODALITY");
  EXPECT_TRUE(std::filesystem::is_regular_file(dir_ / "received" / "2.25.3001.dcm"));
  ASSERT_EQ(recorded_.records().size(), 1u);
  EXPECT_EQ(recorded_.records()[0].transaction, "C-STORE");
}

TEST_F(DisplayFaults, StoreRefuseAnswersOutOfResourcesAndKeepsNothing) {
  ImageDisplay& display = display_with({"store-refuse"});
  net::DicomAssociation association = association_to(display);
  ASSERT_TRUE(association.open().ok());
  const net::DimseResult stored = association.store_file(image_);
  ASSERT_TRUE(stored.ok()) << stored.detail;
  EXPECT_EQ(stored.status, 0xA700) << stored.status_text();
  EXPECT_EQ(display.storage().received_count(), 0u);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "received" / "2.25.3001.dcm"));
  EXPECT_TRUE(association.echo().ok());  // the association itself stays usable
}

TEST_F(DisplayFaults, StoreSilentNeverAnswersAndStopStillReturns) {
  ImageDisplay& display = display_with({"store-silent"});
  net::DicomAssociation association = association_to(display);
  ASSERT_TRUE(association.open().ok());
  const net::DimseResult stored = association.store_file(image_);
  EXPECT_EQ(stored.error, net::DicomError::timeout) << stored.detail;
  EXPECT_EQ(display.storage().received_count(), 0u);
  const auto started = std::chrono::steady_clock::now();
  display.stop();
  EXPECT_LT(std::chrono::steady_clock::now() - started, test::kWithinDeadline);
}

TEST_F(DisplayFaults, StoreRejectAssociationRejectsWithCalledAeTitleNotRecognized) {
  ImageDisplay& display = display_with({"store-reject-association"});
  net::DicomAssociation association = association_to(display);
  const net::DicomOutcome opened = association.open();
  EXPECT_EQ(opened.error, net::DicomError::association_rejected) << opened.detail;
  ASSERT_TRUE(association.rejection().has_value());
  EXPECT_EQ(association.rejection()->source, 1);
  EXPECT_EQ(association.rejection()->reason, 7);
}

TEST(DisplayFaultCatalog, NamesAreKebabCaseAndDescribed) {
  EXPECT_GE(image_display_faults().size(), 2u);
  for (const auto& fault : image_display_faults()) {
    EXPECT_EQ(fault.name.find_first_not_of("abcdefghijklmnopqrstuvwxyz-"), std::string_view::npos)
        << fault.name;
    EXPECT_FALSE(fault.description.empty()) << fault.name;
  }
}

}  // namespace
}  // namespace ihe::actors
