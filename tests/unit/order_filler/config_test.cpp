// <actor role="order-filler">: the annotated example loads, typos are FILE:LINE errors.
#include "actors/order_filler/config.h"

#include <gtest/gtest.h>

#include <fstream>

#include "actors/order_filler/order_filler.h"
#include "base/harness_error.h"
#include "tests/support/harness_error_text.h"
#include "tests/support/net_util.h"

namespace ihe::actors {
namespace {

std::string config_error(const test::TempDir& dir, const std::string& body) {
  const auto file = dir / "of.xml";
  std::ofstream(file) << "<actor role=\"order-filler\">\n" << body << "\n</actor>\n";
  return test::harness_error_of([&] { load_order_filler_config(xml::XmlFile::load(file).root("actor")); });
}

TEST(OrderFillerConfig, LoadsTheAnnotatedExampleWithItsSeed) {
  const auto example = test::source_dir() / "examples/actors/order-filler.xml";
  const auto config = load_order_filler_config(xml::XmlFile::load(example).root("actor"));
  EXPECT_EQ(config.ae_title, "ORDER_FILLER");
  EXPECT_EQ(config.dicom_port, 11112);
  EXPECT_TRUE(config.allowed_calling_aes.empty());
  ASSERT_TRUE(config.seed_file);
  EXPECT_EQ(std::filesystem::canonical(*config.seed_file),
            std::filesystem::canonical(test::source_dir() / "examples/actors/order-filler-seed.xml"));
  EXPECT_EQ(config.scheduling.modality, "CT");
  EXPECT_EQ(config.scheduling.station_ae, "MODALITY1");
  ASSERT_TRUE(config.hl7);
  EXPECT_EQ(config.hl7->port, 2576);
  EXPECT_EQ(config.hl7->address, "0.0.0.0");
  EXPECT_EQ(config.hl7->version, "2.5.1");
  EXPECT_FALSE(config.hl7->order_placer);
  EXPECT_FALSE(config.hl7->image_manager);
  TransactionLog log;
  OrderFiller actor(config, {}, log);
  EXPECT_EQ(actor.store().worklist().size(), 3u);
}

TEST(OrderFillerConfig, DefaultsWithoutElements) {
  test::TempDir dir;
  const auto file = dir / "of.xml";
  std::ofstream(file) << "<actor role=\"order-filler\"/>\n";
  const auto config = load_order_filler_config(xml::XmlFile::load(file).root("actor"));
  EXPECT_EQ(config.ae_title, "ORDER_FILLER");
  EXPECT_EQ(config.dicom_port, 11112);
  EXPECT_FALSE(config.seed_file);
  EXPECT_FALSE(config.hl7);
}

TEST(OrderFillerConfig, ReadsTheHl7SideAndItsPeers) {
  test::TempDir dir;
  const auto file = dir / "of.xml";
  std::ofstream(file)
      << "<actor role=\"order-filler\"><hl7 port=\"0\" address=\"127.0.0.1\" application=\"OF\" "
         "facility=\"RAD\" "
         "version=\"2.3.1\" timeout=\"3\"/><send-to name=\"image-manager\" "
         "endpoint=\"127.0.0.1:2578\" application=\"IM\"/></actor>";
  const auto hl7 = load_order_filler_config(xml::XmlFile::load(file).root("actor")).hl7;
  ASSERT_TRUE(hl7);
  EXPECT_EQ(hl7->port, 0);
  EXPECT_EQ(hl7->address, "127.0.0.1");
  EXPECT_TRUE(hl7->legacy());
  EXPECT_FALSE(hl7->order_placer);
  ASSERT_TRUE(hl7->image_manager);
  EXPECT_EQ(hl7->image_manager->host, "127.0.0.1");
  EXPECT_EQ(hl7->image_manager->port, 2578);
  EXPECT_EQ(hl7->image_manager->receiving_application, "IM");
  EXPECT_EQ(hl7->image_manager->timeout, std::chrono::seconds(3));
  EXPECT_EQ(hl7->image_manager->sending_application, "OF");
  EXPECT_EQ(hl7->image_manager->version, "2.3.1");
}

TEST(OrderFillerConfig, ReadsTheCallingAeAllowList) {
  test::TempDir dir;
  const auto file = dir / "of.xml";
  std::ofstream(file)
      << "<actor role=\"order-filler\"><dicom aet=\"OF\" port=\"0\" idle-timeout=\"5\">"
         "<allow-calling-ae aet=\"MODALITY1\"/><allow-calling-ae aet=\"MODALITY2\"/></dicom></actor>";
  const auto config = load_order_filler_config(xml::XmlFile::load(file).root("actor"));
  EXPECT_EQ(config.ae_title, "OF");
  EXPECT_EQ(config.dicom_port, 0);
  EXPECT_EQ(config.idle_timeout, std::chrono::seconds(5));
  EXPECT_EQ(config.allowed_calling_aes, (std::vector<std::string>{"MODALITY1", "MODALITY2"}));
}

TEST(OrderFillerConfig, ReadsTheSchedulingDefaults) {
  test::TempDir dir;
  const auto file = dir / "of.xml";
  std::ofstream(file) << "<actor role=\"order-filler\"><scheduling modality=\"MR\" station-ae=\"MR_ONE\" "
                         "station-name=\"MR1\" location=\"ROOM2\"/></actor>";
  const auto defaults = load_order_filler_config(xml::XmlFile::load(file).root("actor")).scheduling;
  EXPECT_EQ(defaults.modality, "MR");
  EXPECT_EQ(defaults.station_ae, "MR_ONE");
  EXPECT_EQ(defaults.station_name, "MR1");
  EXPECT_EQ(defaults.location, "ROOM2");
}

TEST(OrderFillerConfig, NamesFileAndLineOfEachMistake) {
  test::TempDir dir;
  EXPECT_NE(config_error(dir, "<dicom aet=\"OF\" prot=\"1\"/>").find("of.xml:2: unknown attribute 'prot'"),
            std::string::npos);
  EXPECT_NE(config_error(dir, "<dicom port=\"70000\"/>").find("of.xml:2: attribute 'port'"),
            std::string::npos);
  EXPECT_NE(config_error(dir, "<dicom aet=\"WAY_TOO_LONG_AE_TITLE\"/>").find("of.xml:2: attribute 'aet'"),
            std::string::npos);
  EXPECT_NE(config_error(dir, "<seed file=\"missing.xml\"/>").find("of.xml:2: seed file"), std::string::npos);
  EXPECT_NE(config_error(dir, "<sead file=\"x.xml\"/>").find("of.xml:2: unknown element <sead>"),
            std::string::npos);
  EXPECT_NE(
      config_error(dir, "<scheduling station-ae=\"WAY_TOO_LONG_AE_TITLE\"/>").find("of.xml:2: attribute"),
      std::string::npos);
}

}  // namespace
}  // namespace ihe::actors
