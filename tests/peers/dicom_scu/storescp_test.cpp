// Our SCU against DCMTK's storescp (PS3.4 A Verification, B Storage).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/peers/dicom_scu/query_keys.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace ihe::net {
namespace {

AssociationParams to(const test::StorescpServer& server, std::vector<PresentationContext> contexts) {
  return {.calling_ae = "HARNESS", .called_ae = server.ae_title(), .host = "127.0.0.1", .port = server.port(),
          .contexts = std::move(contexts)};
}

std::string dcmdump(const std::filesystem::path& file, const std::filesystem::path& out) {
  EXPECT_EQ(test::run_command({"dcmdump", "+P", "SOPInstanceUID", file.string()}, out), 0);
  std::ifstream in(out);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

TEST(ScuAgainstStorescp, EchoSucceeds) {
  test::TempDir dir;
  test::StorescpServer storescp(dir.path(), "STORESCP");
  DicomAssociation association(to(storescp, {contexts::verification()}));
  ASSERT_TRUE(association.open().ok()) << storescp.log();
  const DimseResult result = association.echo();
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000);
  EXPECT_EQ(result.kind(), StatusKind::Success);
  EXPECT_TRUE(association.release().ok());
}

TEST(ScuAgainstStorescp, StoresAFileThatLandsWithTheSameSopInstanceUid) {
  test::TempDir dir;
  test::StorescpServer storescp(dir.path(), "STORESCP");
  const test::TestImage image{.sop_instance_uid = "2.25.424242"};
  test::write_test_image(dir / "image.dcm", image);
  DicomAssociation association(to(storescp, contexts::storage_for_files({dir / "image.dcm"})));
  ASSERT_TRUE(association.open().ok()) << storescp.log();
  const DimseResult result = association.store_file(dir / "image.dcm");
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000) << result.status_text();
  association.release();
  const auto received = storescp.received_files();
  ASSERT_EQ(received.size(), 1u) << storescp.log();
  EXPECT_EQ(received.front().parent_path().filename(), image.study_uid);
  EXPECT_NE(dcmdump(received.front(), dir / "dump.txt").find("[2.25.424242]"), std::string::npos);
}

TEST(ScuAgainstStorescp, StoresAnInMemoryDataSet) {
  test::TempDir dir;
  test::StorescpServer storescp(dir.path(), "STORESCP");
  const dicom::DicomDataset instance = test::keys({{"SOPClassUID", "1.2.840.10008.5.1.4.1.1.7"},
                                                   {"SOPInstanceUID", "2.25.515151"},
                                                   {"StudyInstanceUID", "2.25.616161"},
                                                   {"SeriesInstanceUID", "2.25.717171"},
                                                   {"PatientID", "PAT777"},
                                                   {"PatientName", "MEMORY^ONLY"},
                                                   {"Modality", "OT"}});
  DicomAssociation association(to(storescp, {contexts::storage("1.2.840.10008.5.1.4.1.1.7")}));
  ASSERT_TRUE(association.open().ok());
  const DimseResult result = association.store(instance);
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000);
  association.release();
  const auto received = storescp.received_files();
  ASSERT_EQ(received.size(), 1u);
  EXPECT_NE(dcmdump(received.front(), dir / "dump.txt").find("[2.25.515151]"), std::string::npos);
}

TEST(ScuAgainstStorescp, ReportsNoPresentationContextForAnUnproposedSopClass) {
  test::TempDir dir;
  test::StorescpServer storescp(dir.path(), "STORESCP");
  test::write_test_image(dir / "image.dcm", {});
  DicomAssociation association(to(storescp, {contexts::verification()}));
  ASSERT_TRUE(association.open().ok());
  const DimseResult result = association.store_file(dir / "image.dcm");
  EXPECT_EQ(result.error, DicomError::no_presentation_context) << result.detail;
  EXPECT_TRUE(association.is_open());  // the association itself is still fine
  EXPECT_TRUE(association.echo().ok());
}

TEST(ScuAgainstStorescp, ReportsUnreadableFileWithoutTouchingTheAssociation) {
  test::TempDir dir;
  test::StorescpServer storescp(dir.path(), "STORESCP");
  std::ofstream(dir / "not-dicom.txt") << "hello";
  DicomAssociation association(to(storescp, {contexts::verification()}));
  ASSERT_TRUE(association.open().ok());
  EXPECT_EQ(association.store_file(dir / "not-dicom.txt").error, DicomError::unreadable_file);
  EXPECT_EQ(association.store_file(dir / "missing.dcm").error, DicomError::unreadable_file);
  EXPECT_TRUE(association.echo().ok());
}

}  // namespace
}  // namespace ihe::net
