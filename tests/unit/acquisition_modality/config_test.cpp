#include "actors/acquisition_modality/config.h"

#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "tests/support/harness_error_text.h"
#include "tests/support/net_util.h"

namespace ihe::actors {
namespace {

ModalityConfig parse(const std::string& text) {
  const auto file = xml::XmlFile::parse(text, "modality.xml");
  return load_modality_config(file.root("actor"));
}

std::string error_of(const std::string& text) {
  return test::harness_error_of([&] { parse(text); });
}

TEST(ModalityConfig, TheAnnotatedExampleLoads) {
  const auto file = xml::XmlFile::load(test::source_dir() / "examples/actors/acquisition-modality.xml");
  const auto config = load_modality_config(file.root("actor"));
  EXPECT_EQ(config.ae_title, "MODALITY1");
  EXPECT_EQ(config.port, 11112);
  EXPECT_EQ(config.station.modality, "CT");
  EXPECT_EQ(config.station.location, "ROOM1");
  ASSERT_TRUE(config.order_filler);
  EXPECT_EQ(config.order_filler->to_string(), "WLMSCP@127.0.0.1:11114");
  ASSERT_TRUE(config.pps_manager());
  EXPECT_EQ(config.pps_manager()->ae_title, "PEERSCP");
  EXPECT_EQ(config.image_manager->port, 14242);
  EXPECT_EQ(config.report_channel, ReportChannel::Either);
  EXPECT_EQ(config.commitment_deadline.count(), 30);
  EXPECT_TRUE(config.workflow.run_once);
  EXPECT_EQ(config.workflow.images_per_series, 3);
}

TEST(ModalityConfig, AnEmptyActorGivesTheDocumentedDefaults) {
  const auto config = parse(R"(<actor role="acquisition-modality"/>)");
  EXPECT_EQ(config.ae_title, "MODALITY1");
  EXPECT_EQ(config.port, 11112);
  EXPECT_FALSE(config.order_filler);
  EXPECT_FALSE(config.pps_manager());
  EXPECT_FALSE(config.workflow.run_once);
  EXPECT_EQ(config.timeouts.dimse.count(), 10);
}

TEST(ModalityConfig, MppsDefaultsToTheOrderFiller) {
  const auto config = parse(R"(<actor role="acquisition-modality"><order-filler dicom="OF@h:1"/></actor>)");
  EXPECT_EQ(config.pps_manager()->ae_title, "OF");
}

TEST(ModalityConfig, MistakesNameFileAndLine) {
  EXPECT_EQ(error_of("<actor role=\"acquisition-modality\">\n<station modality=\"US\"/></actor>"),
            "modality.xml:2: modality must be CT or MR, not 'US'");
  EXPECT_NE(error_of("<actor role=\"acquisition-modality\">\n<order-filler dicom=\"nope\"/></actor>")
                .find("modality.xml:2:"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"acquisition-modality\">\n\n<workflow run=\"once\"/></actor>")
                .find("modality.xml:3: run=\"once\" needs"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"acquisition-modality\"><statoin/></actor>").find("unknown"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"acquisition-modality\"><storage-commitment report=\"maybe\"/></actor>")
                .find("report must be same, new or either"),
            std::string::npos);
}

}  // namespace
}  // namespace ihe::actors
