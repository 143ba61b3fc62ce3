// The Order Filler's state: one worklist item per SPS, finding an SPS the way an MPPS names it.
#include "actors/order_filler/procedure_store.h"

#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "tests/unit/order_filler/worklist_seed.h"

namespace ihe::actors {
namespace {

class ProcedureStoreTest : public ::testing::Test {
 protected:
  ProcedureStoreTest() { test::load_worklist_seed(store_); }
  ProcedureStore store_;
};

TEST_F(ProcedureStoreTest, HasOneWorklistEntryPerScheduledStep) {
  const auto worklist = store_.worklist();
  ASSERT_EQ(worklist.size(), 5u);
  EXPECT_EQ(worklist[1].procedure.requested_procedure_id, "RP004");
  EXPECT_EQ(worklist[2].procedure.requested_procedure_id, "RP004");
  EXPECT_EQ(worklist[1].step.sps_id, "SPS004A");
  EXPECT_EQ(worklist[2].step.sps_id, "SPS004B");
  EXPECT_TRUE(worklist[1].procedure.steps.empty());
  EXPECT_EQ(store_.patients().size(), 3u);
  EXPECT_EQ(store_.requested_procedures().size(), 4u);
}

TEST_F(ProcedureStoreTest, FindsAStepByAccessionSpsIdAndStudyUid) {
  const auto found = store_.find_step({"SPS004B", "ACC004", "1.2.826.0.1.3680043.9.7156.1.4"});
  ASSERT_TRUE(found);
  EXPECT_EQ(found->step.description, "CT ABDOMEN CONTRAST");
  EXPECT_EQ(found->patient.id, "PAT001");
  EXPECT_TRUE(store_.find_step({"SPS004B", "ACC004", ""}));
  EXPECT_TRUE(store_.find_step({"SPS004B", "", "1.2.826.0.1.3680043.9.7156.1.4"}));
}

TEST_F(ProcedureStoreTest, FindsNoStepForAMismatchOrAnUnscheduledReference) {
  EXPECT_FALSE(store_.find_step({"SPS004B", "ACC001", ""}));
  EXPECT_FALSE(store_.find_step({"SPS004B", "ACC004", "1.2.826.0.1.3680043.9.7156.1.1"}));
  EXPECT_FALSE(store_.find_step({"", "", "1.2.826.0.1.3680043.9.7156.1.4"}));
  EXPECT_FALSE(store_.find_step({"SPS004B", "", ""}));
}

TEST_F(ProcedureStoreTest, ChangesTheStatusOfOneStepOnly) {
  ASSERT_TRUE(store_.set_step_status({"SPS004A", "ACC004", ""}, SpsStatus::Completed));
  const auto worklist = store_.worklist();
  EXPECT_EQ(worklist[1].step.status, SpsStatus::Completed);
  EXPECT_EQ(worklist[2].step.status, SpsStatus::Scheduled);
  EXPECT_FALSE(store_.set_step_status({"SPS999", "ACC004", ""}, SpsStatus::Completed));
}

TEST_F(ProcedureStoreTest, ReplacesARequestedProcedureWithTheSameIdentifiers) {
  auto procedure = store_.requested_procedures().front();
  procedure.description = "CT HEAD WITH CONTRAST";
  store_.put_requested_procedure(procedure);
  EXPECT_EQ(store_.requested_procedures().size(), 4u);
  EXPECT_EQ(store_.worklist().front().procedure.description, "CT HEAD WITH CONTRAST");
}

TEST_F(ProcedureStoreTest, RefusesAProcedureForAnUnknownPatient) {
  RequestedProcedure procedure;
  procedure.patient_id = "PAT404";
  procedure.accession_number = "ACC404";
  EXPECT_THROW(store_.put_requested_procedure(procedure), HarnessError);
}

TEST_F(ProcedureStoreTest, KeepsPerformedStepRecords) {
  store_.record_performed_step({"1.2.3.4", "IN PROGRESS", {}, {}});
  store_.record_performed_step({"1.2.3.4", "COMPLETED", {}, {}});
  ASSERT_TRUE(store_.performed_step("1.2.3.4"));
  EXPECT_EQ(store_.performed_step("1.2.3.4")->pps_status, "COMPLETED");
  EXPECT_EQ(store_.performed_steps().size(), 1u);
  EXPECT_FALSE(store_.performed_step("9.9"));
}

TEST(SpsStatusText, RoundTripsTheDefinedTerms) {
  for (const auto status : {SpsStatus::Scheduled, SpsStatus::Arrived, SpsStatus::Ready, SpsStatus::Started,
                            SpsStatus::Discontinued, SpsStatus::Completed})
    EXPECT_EQ(parse_sps_status(to_string(status)), status);
  EXPECT_EQ(parse_sps_status("IN PROGRESS"), std::nullopt);
}

}  // namespace
}  // namespace ihe::actors
