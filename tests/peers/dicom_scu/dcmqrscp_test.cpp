// Our SCU against DCMTK's dcmqrscp (targets.md 3.3): store, then find the study and move it to storescp.
#include <gtest/gtest.h>

#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/peers/dicom_scu/query_keys.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace ihe::net {
namespace {

TEST(ScuAgainstDcmqrscp, StoresFindsAndMovesAStudy) {
  test::TempDir dir;
  test::StorescpServer storescp(dir / "storescp", "STORESCP");
  test::DcmqrscpServer dcmqrscp(dir / "dcmqr", "DCMQR", {{"STORESCP", storescp.port()}, {"HARNESS", test::free_port()}});
  test::write_test_image(dir / "image.dcm", {.study_uid = "2.25.4040", .sop_instance_uid = "2.25.4041"});

  DicomAssociation association({.calling_ae = "HARNESS", .called_ae = "DCMQR", .host = "127.0.0.1",
                                .port = dcmqrscp.port(),
                                .contexts = {contexts::storage("1.2.840.10008.5.1.4.1.1.7"), contexts::study_root_find(),
                                             contexts::study_root_move()}});
  ASSERT_TRUE(association.open().ok()) << dcmqrscp.log();
  const DimseResult stored = association.store_file(dir / "image.dcm");
  ASSERT_TRUE(stored.ok()) << stored.detail;
  EXPECT_EQ(stored.status, 0x0000) << stored.status_text();

  const FindResult found = association.find(
      sop_class::kStudyRootFind, test::keys({{"QueryRetrieveLevel", "STUDY"}, {"StudyInstanceUID", ""}}));
  ASSERT_TRUE(found.ok()) << found.detail;
  ASSERT_EQ(found.matches.size(), 1u);
  EXPECT_EQ(test::value_of(found.matches[0], "StudyInstanceUID"), "2.25.4040");

  const MoveResult moved = association.move(sop_class::kStudyRootMove, "STORESCP",
                                            test::keys({{"QueryRetrieveLevel", "STUDY"}, {"StudyInstanceUID", "2.25.4040"}}));
  ASSERT_TRUE(moved.ok()) << moved.detail;
  EXPECT_EQ(moved.status, 0x0000) << moved.status_text() << dcmqrscp.log();
  ASSERT_FALSE(moved.responses.empty());
  EXPECT_EQ(moved.responses.back().completed, 1);
  EXPECT_EQ(storescp.received_files().size(), 1u);
}

}  // namespace
}  // namespace ihe::net
