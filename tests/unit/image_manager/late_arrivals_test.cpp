// Instances stored after a reconciliation get what it decided (spec digest 4.2: merged IDs stay
// unfindable, dcm4chee re-homes objects using a subsumed ID).
#include "tests/unit/image_manager/reconciliation_fixture.h"

namespace ihe::actors::image_manager {
namespace {

class LateArrivals : public ReconciliationTest {
 protected:
  void SetUp() override {
    put("PAT001", "DOE^J1", "2.25.10", "2.25.11");
    load();
  }
};

TEST_F(LateArrivals, AnInstanceOfAMergedIdIsRehomedToTheSurvivor) {
  ASSERT_TRUE(reconciliation.merge_patients({"PAT002", "HOSP", "BLUE^ROBERT", "", ""}, {"PAT001", ""}));
  auto late = arrive("PAT001", "DOE^J1", "2.25.10", "2.25.12");
  ASSERT_TRUE(late) << late.reason;
  EXPECT_EQ(late.instances, 1u);
  EXPECT_EQ(value("2.25.12", kId), "PAT002");
  EXPECT_EQ(value("2.25.12", kName), "BLUE^ROBERT");
  EXPECT_EQ(instances_of("PAT001"), 0u);
}

TEST_F(LateArrivals, ChainedMergesFollowToTheLastSurvivor) {
  ASSERT_TRUE(reconciliation.merge_patients({"PAT002", "", "", "", ""}, {"PAT001", ""}));
  ASSERT_TRUE(reconciliation.merge_patients({"PAT003", "", "", "", ""}, {"PAT002", ""}));
  ASSERT_TRUE(arrive("PAT001", "DOE^J1", "2.25.10", "2.25.12"));
  EXPECT_EQ(value("2.25.12", kId), "PAT003");
  EXPECT_EQ(value("2.25.11", kId), "PAT003");
}

TEST_F(LateArrivals, AnInstanceWithOldDemographicsGetsTheA08Values) {
  ASSERT_TRUE(reconciliation.update_patient({"PAT001", "", "SILVERHEELS^JAY", "", "F"}));
  ASSERT_TRUE(arrive("PAT001", "DOE^J1", "2.25.20", "2.25.21"));
  EXPECT_EQ(value("2.25.21", kName), "SILVERHEELS^JAY");
  EXPECT_EQ(value("2.25.21", kSex), "F");
}

TEST_F(LateArrivals, AnInstanceOfALinkedStudyIsLinkedToo) {
  RequestedProcedure procedure;
  procedure.accession_number = "ACC100";
  procedure.requested_procedure_id = "RP1";
  procedure.study_instance_uid = "2.25.10";
  ASSERT_TRUE(
      reconciliation.apply_order(ProcedureAction::Scheduled, {"PAT100", "", "WHITE^W", "", ""}, procedure));
  ASSERT_TRUE(arrive("PAT001", "DOE^J1", "2.25.10", "2.25.13"));
  EXPECT_EQ(value("2.25.13", kId), "PAT100");
  EXPECT_EQ(value("2.25.13", kAccession), "ACC100");
}

TEST_F(LateArrivals, AnUnrelatedInstanceIsLeftAsItArrived) {
  ASSERT_TRUE(reconciliation.update_patient({"PAT001", "", "SILVERHEELS^JAY", "", ""}));
  auto late = arrive("PAT009", "GREEN^AL", "2.25.90", "2.25.91");
  ASSERT_TRUE(late);
  EXPECT_EQ(late.instances, 0u);
  EXPECT_EQ(value("2.25.91", kName), "GREEN^AL");
}

}  // namespace
}  // namespace ihe::actors::image_manager
