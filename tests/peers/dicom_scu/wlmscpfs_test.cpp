// Our SCU as an Acquisition Modality querying DCMTK's wlmscpfs (RAD-5, PS3.4 K.6.1): the worklist item
// comes back with its nested Scheduled Procedure Step, whatever pending status (0xFF00/0xFF01) is used.
#include <gtest/gtest.h>

#include "actors/net/dicom/scu/dicom_association.h"
#include "tests/peers/dicom_scu/query_keys.h"
#include "tests/support/net_util.h"
#include "tests/support/peers/dicom_servers.h"
#include "tests/support/peers/test_images.h"

namespace ihe::net {
namespace {

using test::keys;
using test::tag;
using test::value_of;

dicom::DicomDataset worklist_query(std::string_view modality) {
  dicom::DicomDataset step = keys({{"Modality", modality}, {"ScheduledStationAETitle", "MODALITY1"},
                                   {"ScheduledProcedureStepStartDate", "20261128"},
                                   {"ScheduledProcedureStepID", ""}});
  dicom::DicomDataset query = keys({{"PatientName", ""}, {"PatientID", ""}, {"AccessionNumber", ""},
                                    {"StudyInstanceUID", ""}, {"RequestedProcedureID", ""}});
  query.set_sequence(tag("ScheduledProcedureStepSequence"), {step});
  return query;
}

class ScuAgainstWlmscpfs : public ::testing::Test {
 protected:
  ScuAgainstWlmscpfs() : server_(dir_.path(), "WLMSCP") {
    test::write_worklist_item(server_.worklist_dir() / "item.wl", "20261128");
  }
  FindResult query(std::string_view modality) {
    DicomAssociation association({.calling_ae = "MODALITY1", .called_ae = "WLMSCP", .host = "127.0.0.1",
                                  .port = server_.port(), .contexts = {contexts::modality_worklist_find()}});
    EXPECT_TRUE(association.open().ok()) << server_.log();
    return association.find(sop_class::kModalityWorklistFind, worklist_query(modality));
  }
  test::TempDir dir_;
  test::WlmscpfsServer server_;
};

TEST_F(ScuAgainstWlmscpfs, ReturnsTheScheduledCtItem) {
  const FindResult result = query("CT");
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000);
  ASSERT_EQ(result.matches.size(), 1u) << server_.log();
  const auto& item = result.matches.front();
  EXPECT_EQ(value_of(item, "PatientID"), "PAT001");
  EXPECT_EQ(value_of(item, "AccessionNumber"), "ACC001");
  EXPECT_EQ(value_of(item, "RequestedProcedureID"), "RP001");
  const auto* step_id = item.find_path("ScheduledProcedureStepSequence[0]/ScheduledProcedureStepID");
  ASSERT_NE(step_id, nullptr);
  EXPECT_EQ(step_id->joined(), "SPS001");
}

TEST_F(ScuAgainstWlmscpfs, ReturnsNothingForAnotherModality) {
  const FindResult result = query("MR");
  ASSERT_TRUE(result.ok()) << result.detail;
  EXPECT_EQ(result.status, 0x0000);
  EXPECT_TRUE(result.matches.empty());
}

}  // namespace
}  // namespace ihe::net
