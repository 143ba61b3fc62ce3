// The annotated examples are the manual of the two formats: each must load, and each target names the
// SUT role its file is named after (examples/targets/<sut-role>.xml).
#include <gtest/gtest.h>

#include "reports/readers/statement_reader.h"
#include "reports/readers/target_reader.h"
#include "tests/support/net_util.h"

namespace ihe::reports {
namespace {

std::vector<std::filesystem::path> xml_files(const std::string& folder) {
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(ihe::test::source_dir() / folder))
    if (entry.path().extension() == ".xml") files.push_back(entry.path());
  return files;
}

TEST(AnnotatedExamples, EveryStatementLoadsWithClaims) {
  const auto files = xml_files("examples/statements");
  ASSERT_GE(files.size(), 3u);
  for (const auto& file : files) EXPECT_FALSE(read_integration_statement(file).claims.empty()) << file;
}

TEST(AnnotatedExamples, EverySutRoleHasATargetExampleNamedAfterIt) {
  for (const auto role : known_sut_roles()) {
    const auto file = ihe::test::source_dir() / "examples/targets" / (std::string(role) + ".xml");
    EXPECT_EQ(read_target(file).sut_role, role);
  }
  for (const auto& file : xml_files("examples/targets")) EXPECT_NO_THROW(read_target(file)) << file;
}

TEST(AnnotatedExamples, TheOrthancTargetPointsAtLoopback) {
  const auto target = read_target(ihe::test::source_dir() / "examples/targets/orthanc-image-manager.xml");
  EXPECT_EQ(target.sut_role, "image-manager");
  EXPECT_EQ(target.dicom.host, "127.0.0.1");
  EXPECT_EQ(target.dicom.ae_title, "ORTHANC");
  // RAD-16 needs a C-MOVE destination Orthanc knows: the example names it.
  EXPECT_EQ(target.harness_storage.ae_title, "HARNESS_STORE");
  EXPECT_EQ(target.harness_storage.port, 11114);
}

TEST(AnnotatedExamples, TheModalityTargetNamesOurOrderFillerAndImageManager) {
  const auto target = read_target(ihe::test::source_dir() / "examples/targets/acquisition-modality.xml");
  EXPECT_EQ(target.harness_dicom.ae_title, "HARNESS");
  EXPECT_EQ(target.harness_storage.ae_title, "HARNESS_IM");
  EXPECT_EQ(target.harness_storage.port, 11114);
}

}  // namespace
}  // namespace ihe::reports
