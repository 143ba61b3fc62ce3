// The ImageDisplay actor before it talks to anyone: its console line and a missing archive.
#include <gtest/gtest.h>

#include "actors/image_display/image_display.h"
#include "base/harness_error.h"

namespace ihe::actors {
namespace {

TEST(ImageDisplayActor, DescribeNamesAeTitleStorageAndArchive) {
  TransactionLog log;
  ImageDisplayConfig config;
  config.image_archive = Endpoint::parse_dicom("PACS@127.0.0.1:104");
  const ImageDisplay display(config, {}, log);
  const std::string line = display.describe();
  EXPECT_NE(line.find("IMAGE_DISPLAY"), std::string::npos) << line;
  EXPECT_NE(line.find("in memory"), std::string::npos) << line;
  EXPECT_NE(line.find("PACS@127.0.0.1:104"), std::string::npos) << line;
}

TEST(ImageDisplayActor, QueryingWithoutAConfiguredArchiveIsAHarnessError) {
  TransactionLog log;
  ImageDisplay display(ImageDisplayConfig{}, {}, log);
  EXPECT_THROW(display.query_images({.level = QueryLevel::Study, .keys = {}}), HarnessError);
  EXPECT_THROW(display.retrieve_images({.level = QueryLevel::Study, .study_uid = "2.25.1"}), HarnessError);
}

}  // namespace
}  // namespace ihe::actors
