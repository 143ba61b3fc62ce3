// <actor role="image-display">: the annotated example, the defaults, and mistakes reported with FILE:LINE.
#include <gtest/gtest.h>

#include "actors/image_display/config.h"
#include "base/harness_error.h"
#include "tests/support/harness_error_text.h"
#include "tests/support/net_util.h"

namespace ihe::actors {
namespace {

ImageDisplayConfig load(std::string_view text) {
  return load_image_display_config(xml::XmlFile::parse(text, "display.xml").root("actor"));
}

std::string error_of(std::string_view text) {
  return test::harness_error_of([&] { load(text); });
}

TEST(ImageDisplayConfig, TheAnnotatedExampleLoadsWithItsDocumentedValues) {
  const auto file = xml::XmlFile::load(test::source_dir() / "examples/actors/image-display.xml");
  const ImageDisplayConfig config = load_image_display_config(file.root("actor"));
  const ImageDisplayConfig defaults;
  EXPECT_EQ(config.ae_title, defaults.ae_title);
  EXPECT_EQ(config.port, defaults.port);
  EXPECT_EQ(config.storage_folder, defaults.storage_folder);
  EXPECT_EQ(config.timeouts.association, defaults.timeouts.association);
  EXPECT_EQ(config.timeouts.response, defaults.timeouts.response);
  EXPECT_EQ(config.timeouts.sub_operations, defaults.timeouts.sub_operations);
  ASSERT_TRUE(config.image_archive.has_value());
  EXPECT_EQ(config.image_archive->to_string(), "ORTHANC@127.0.0.1:4242");
}

TEST(ImageDisplayConfig, AnEmptyActorTakesTheDefaults) {
  const ImageDisplayConfig config = load(R"(<actor role="image-display"/>)");
  EXPECT_EQ(config.ae_title, "IMAGE_DISPLAY");
  EXPECT_EQ(config.port, 11112);
  EXPECT_FALSE(config.image_archive.has_value());
}

TEST(ImageDisplayConfig, ReadsEverySetting) {
  const ImageDisplayConfig config = load(R"(<actor role="image-display">
    <dicom aet="VIEWER" port="4100"/><storage folder="/tmp/in"/>
    <image-archive dicom="PACS@10.0.0.1:104"/><deadlines association="2" response="3" sub-operations="4"/>
  </actor>)");
  EXPECT_EQ(config.ae_title, "VIEWER");
  EXPECT_EQ(config.port, 4100);
  EXPECT_EQ(config.storage_folder, "/tmp/in");
  EXPECT_EQ(config.image_archive->port, 104);
  EXPECT_EQ(config.timeouts.association.count(), 2);
  EXPECT_EQ(config.timeouts.response.count(), 3);
  EXPECT_EQ(config.timeouts.sub_operations.count(), 4);
}

TEST(ImageDisplayConfig, MistakesNameFileAndLine) {
  EXPECT_NE(
      error_of("<actor role=\"image-display\">\n<dicom aet=\"X\" prot=\"1\"/></actor>").find("display.xml:2"),
      std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-display\">\n\n<archive/></actor>").find("display.xml:3"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-display\">\n<image-archive dicom=\"PACS@h:0\"/></actor>")
                .find("display.xml:2"),
            std::string::npos);
  EXPECT_NE(error_of("<actor role=\"image-display\">\n<dicom aet=\"A\\B\"/></actor>").find("display.xml:2"),
            std::string::npos);
  EXPECT_NE(
      error_of("<actor role=\"image-display\">\n<deadlines response=\"0\"/></actor>").find("display.xml:2"),
      std::string::npos);
}

}  // namespace
}  // namespace ihe::actors
