// RAD-4/RAD-13 on the Image Manager: the procedure list and the linking of images stored before their
// order (PIR case 3, spec digest 4.1/4.2).
#include "tests/unit/image_manager/reconciliation_fixture.h"

namespace ihe::actors::image_manager {
namespace {

constexpr dicom::Tag kRequestAttributes{0x0040, 0x0275};

RequestedProcedure order(std::string study, std::string accession) {
  RequestedProcedure procedure;
  procedure.requested_procedure_id = "RP1";
  procedure.accession_number = std::move(accession);
  procedure.study_instance_uid = std::move(study);
  procedure.description = "CT HEAD";
  procedure.codes = {{"P1", "ERL_MESA", "Procedure 1"}};
  ScheduledProcedureStep step;
  step.sps_id = "SPS1";
  step.modality = "CT";
  step.description = "SP Action Item X1_A1";
  step.protocol_codes = {{"X1_A1", "DSS_MESA", "SP Action Item X1_A1"}};
  procedure.steps = {step};
  return procedure;
}

const Patient kOrdered{"PAT100", "HOSP", "SILVERHEELS^JAY", "19800202", "F"};

class OrderUpdates : public ReconciliationTest {
 protected:
  void SetUp() override {
    // Unscheduled acquisition under a temporary ID: no accession, a modality-made Study UID.
    put("TEMP01", "DOE^J1", "2.25.40", "2.25.41");
    put("TEMP01", "DOE^J1", "2.25.40", "2.25.42");
    put("TEMP01", "DOE^J1", "2.25.50", "2.25.51");  // another study of the same temporary patient
    load();
  }
};

TEST_F(OrderUpdates, Rad4NamingTheStudyLinksItsImagesToTheOrdersPatientAndRequest) {
  auto result = reconciliation.apply_order(ProcedureAction::Scheduled, kOrdered, order("2.25.40", "ACC100"));
  ASSERT_TRUE(result) << result.reason;
  EXPECT_EQ(result.instances, 2u);
  for (const char* sop : {"2.25.41", "2.25.42"}) {
    EXPECT_EQ(value(sop, kId), "PAT100");
    EXPECT_EQ(value(sop, kIssuer), "HOSP");
    EXPECT_EQ(value(sop, kName), "SILVERHEELS^JAY");
    EXPECT_EQ(value(sop, kAccession), "ACC100");
  }
  const auto linked = archive.instance("2.25.41");
  const auto& items = linked->attributes.items(kRequestAttributes);
  ASSERT_EQ(items.size(), 1u);
  EXPECT_EQ(items[0].string({0x0040, 0x1001}), "RP1");
  EXPECT_EQ(items[0].string({0x0040, 0x0009}), "SPS1");
  EXPECT_EQ(items[0].items({0x0040, 0x0008}).at(0).string({0x0008, 0x0100}), "X1_A1");
  EXPECT_EQ(linked->attributes.items({0x0008, 0x1032}).at(0).string({0x0008, 0x0100}), "P1");
  // Same temporary patient, other study: not named by the order, not linked.
  EXPECT_EQ(value("2.25.51", kId), "TEMP01");
  EXPECT_EQ(value("2.25.51", kAccession), "");
  ASSERT_EQ(reconciliation.orders().size(), 1u);
  EXPECT_EQ(reconciliation.orders()[0].last, ProcedureAction::Scheduled);
}

TEST_F(OrderUpdates, Rad13InformationChangedReappliesTheNewValues) {
  ASSERT_TRUE(reconciliation.apply_order(ProcedureAction::Scheduled, kOrdered, order("2.25.40", "ACC100")));
  Patient renamed = kOrdered;
  renamed.name = "SILVERHEELS^JAMES";
  auto changed = order("2.25.40", "ACC101");
  changed.steps[0].sps_id = "SPS9";
  auto result = reconciliation.apply_order(ProcedureAction::Changed, renamed, changed);
  ASSERT_TRUE(result) << result.reason;
  EXPECT_EQ(value("2.25.42", kAccession), "ACC101");
  EXPECT_EQ(value("2.25.42", kName), "SILVERHEELS^JAMES");
  const auto relinked = archive.instance("2.25.42");
  EXPECT_EQ(relinked->attributes.items(kRequestAttributes).at(0).string({0x0040, 0x0009}), "SPS9");
  ASSERT_EQ(reconciliation.orders().size(), 1u);  // found again by its Study Instance UID
  EXPECT_EQ(reconciliation.orders()[0].procedure.accession_number, "ACC101");
}

TEST_F(OrderUpdates, CancelAndDiscontinueKeepTheImagesAndMarkTheOrder) {
  ASSERT_TRUE(reconciliation.apply_order(ProcedureAction::Scheduled, kOrdered, order("2.25.60", "ACC600")));
  auto result =
      reconciliation.apply_order(ProcedureAction::Discontinued, kOrdered, order("2.25.60", "ACC600"));
  ASSERT_TRUE(result) << result.reason;
  EXPECT_EQ(result.instances, 0u);
  EXPECT_EQ(reconciliation.orders()[0].last, ProcedureAction::Discontinued);
  EXPECT_EQ(reconciliation.orders()[0].procedure.steps[0].status, SpsStatus::Discontinued);
  ASSERT_TRUE(reconciliation.apply_order(ProcedureAction::Completed, kOrdered, order("2.25.60", "ACC600")));
  EXPECT_EQ(reconciliation.orders()[0].procedure.steps[0].status, SpsStatus::Completed);
  EXPECT_EQ(value("2.25.41", kId), "TEMP01");
}

TEST_F(OrderUpdates, Rad13ForAnOrderNeverScheduledIsRefusedAndChangesNothing) {
  auto result = reconciliation.apply_order(ProcedureAction::Changed, kOrdered, order("2.25.40", "ACC100"));
  EXPECT_EQ(result.refusal, Refusal::UnknownProcedure);
  EXPECT_EQ(value("2.25.41", kId), "TEMP01");
  EXPECT_TRUE(reconciliation.orders().empty());
  EXPECT_EQ(
      reconciliation.apply_order(ProcedureAction::Cancelled, kOrdered, order("2.25.40", "ACC100")).refusal,
      Refusal::UnknownProcedure);
  EXPECT_EQ(reconciliation.apply_order(ProcedureAction::Scheduled, kOrdered, order("", "")).refusal,
            Refusal::MissingKey);
}

TEST_F(OrderUpdates, AccessionLinksOnlyWhenNoImageHasTheOrdersStudyUid) {
  put("PAT200", "GREEN^AL", "2.25.70", "2.25.71", "ACC700");  // own Study UID, worklist accession
  load();
  auto result = reconciliation.apply_order(ProcedureAction::Scheduled, kOrdered, order("2.25.79", "ACC700"));
  ASSERT_TRUE(result) << result.reason;
  EXPECT_EQ(result.instances, 1u);
  EXPECT_EQ(value("2.25.71", kId), "PAT100");
  EXPECT_EQ(value("2.25.71", kStudyUid), "2.25.70");  // UIDs are never rewritten
}

TEST_F(OrderUpdates, PatientUpdatesAndMergesFollowTheOrders) {
  ASSERT_TRUE(reconciliation.apply_order(ProcedureAction::Scheduled, kOrdered, order("2.25.40", "ACC100")));
  ASSERT_TRUE(reconciliation.update_patient({"PAT100", "", "WHITE^WALTER", "", ""}));
  EXPECT_EQ(reconciliation.orders()[0].patient.name, "WHITE^WALTER");
  ASSERT_TRUE(reconciliation.merge_patients({"PAT300", "HOSP", "", "", ""}, {"PAT100", "HOSP"}));
  EXPECT_EQ(reconciliation.orders()[0].patient.id, "PAT300");
  EXPECT_EQ(value("2.25.41", kId), "PAT300");
  EXPECT_EQ(value("2.25.41", kName), "WHITE^WALTER");
}

}  // namespace
}  // namespace ihe::actors::image_manager
