#include <gtest/gtest.h>

#include "actors/image_manager/config.h"
#include "base/harness_error.h"
#include "tests/support/harness_error_text.h"
#include "tests/support/net_util.h"

namespace ihe::actors::image_manager {
namespace {

ImageManagerConfig parse(const std::string& text) {
  const auto file = xml::XmlFile::parse(text, "im.xml");
  return ImageManagerConfig::from_xml(file.root("actor"));
}

std::string error_of(const std::string& text) {
  return test::harness_error_of([&] { parse(text); });
}

TEST(ImageManagerConfig, ExampleFileLoadsWithItsDocumentedValues) {
  const auto file = xml::XmlFile::load(test::source_dir() / "examples/actors/image-manager.xml");
  const auto config = ImageManagerConfig::from_xml(file.root("actor"));
  EXPECT_EQ(config.ae_title, "IMAGE_MANAGER");
  EXPECT_EQ(config.port, 11112);
  EXPECT_EQ(config.storage_folder, "./image-manager-store");
  EXPECT_EQ(config.report, ReportMode::New);
  EXPECT_EQ(config.allowed_calling_aes.size(), 3u);
  ASSERT_EQ(config.peers.size(), 2u);
  EXPECT_EQ(config.peers.at("WORKSTATION").port, 11114);
  EXPECT_FALSE(config.ian_order_filler.has_value());
  EXPECT_FALSE(config.hl7.has_value());  // commented out there
}

TEST(ImageManagerConfig, Hl7ListenerIsOptionalAndChecksItsVersion) {
  EXPECT_FALSE(parse("<actor role=\"image-manager\"/>").hl7.has_value());
  const auto defaults = parse("<actor role=\"image-manager\"><hl7/></actor>");
  ASSERT_TRUE(defaults.hl7.has_value());
  EXPECT_EQ(defaults.hl7->port, 2575);
  EXPECT_EQ(defaults.hl7->identity.application, "IMAGE_MANAGER");
  EXPECT_EQ(defaults.hl7->identity.facility, "HARNESS");
  EXPECT_EQ(defaults.hl7->identity.version, "2.5.1");
  EXPECT_EQ(defaults.hl7->address, "0.0.0.0");
  const auto legacy = parse(
      "<actor role=\"image-manager\"><hl7 port=\"2600\" address=\"127.0.0.1\" version=\"2.3.1\"/></actor>");
  ASSERT_TRUE(legacy.hl7.has_value());
  EXPECT_EQ(legacy.hl7->port, 2600);
  EXPECT_EQ(legacy.hl7->address, "127.0.0.1");
  EXPECT_EQ(legacy.hl7->identity.version, "2.3.1");
  EXPECT_NE(error_of("<actor role=\"image-manager\">\n<hl7 version=\"2.4\"/></actor>").find("im.xml:2"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-manager\">\n<hl7 prot=\"1\"/></actor>").find("im.xml:2"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-manager\">\n<hl7 timeout=\"5\"/></actor>").find("im.xml:2"),
            std::string::npos);
}

TEST(ImageManagerConfig, EmptyActorGivesDefaults) {
  const auto config = parse("<actor role=\"image-manager\"/>");
  EXPECT_EQ(config.ae_title, "IMAGE_MANAGER");
  EXPECT_TRUE(config.peers.empty());
  EXPECT_TRUE(config.allowed_calling_aes.empty());
}

TEST(ImageManagerConfig, IanAndSameReport) {
  const auto config = parse(
      "<actor role=\"image-manager\"><stgcmt report=\"same\"/>"
      "<ian enabled=\"true\" order-filler=\"OF@127.0.0.1:104\"/></actor>");
  EXPECT_EQ(config.report, ReportMode::Same);
  ASSERT_TRUE(config.ian_order_filler.has_value());
  EXPECT_EQ(config.ian_order_filler->ae_title, "OF");
}

TEST(ImageManagerConfig, MistakesNameFileAndLine) {
  EXPECT_NE(error_of("<actor role=\"image-manager\">\n<dicom port=\"0\"/></actor>").find("im.xml:2"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-manager\">\n<storag/></actor>").find("im.xml:2"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-manager\">\n<stgcmt report=\"later\"/></actor>").find("later"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-manager\">\n<peer aet=\"A\" host=\"h\"/></actor>").find("port"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-manager\">\n<peer aet=\"A\" host=\"h\" port=\"1\"/>"
                     "<peer aet=\"A\" host=\"h\" port=\"2\"/></actor>")
                .find("twice"),
            std::string::npos);
  EXPECT_NE(
      error_of("<actor role=\"image-manager\">\n<ian enabled=\"true\" order-filler=\"nonsense\"/></actor>")
          .find("im.xml:2"),
      std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-manager\">\n<dicom aet=\"WAY_TOO_LONG_AE_TITLE\"/></actor>")
                .find("im.xml:2"),
            std::string::npos);
}

}  // namespace
}  // namespace ihe::actors::image_manager
