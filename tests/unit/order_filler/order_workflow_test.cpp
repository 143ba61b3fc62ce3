// The Order Filler's state changes (RAD-1/2/12 and MPPS-driven): each applied whole or not at all, each
// applied one notified once, and the worklist (RAD-5) showing the result.
#include "tests/unit/order_filler/order_workflow_fixture.h"

namespace ihe::test {
namespace {

TEST_F(OrderWorkflowTest, RegistersANewPatientAndUpdatesAKnownOne) {
  ASSERT_TRUE(workflow_.register_patient({"PAT010", "HARNESS", "NEW^ONE", "20000101", "O"}).accepted());
  ASSERT_TRUE(workflow_.register_patient({"PAT001", "HARNESS", "DOE^JOHNNY", "19700101", "M"}).accepted());
  ASSERT_EQ(changes_.size(), 2u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::PatientRegistered);
  EXPECT_EQ(changes_[0].patient.id, "PAT010");
  EXPECT_EQ(changes_[1].kind, ChangeKind::PatientUpdated);
  EXPECT_EQ(store_.patients().size(), 4u);
}

TEST_F(OrderWorkflowTest, AnA08UpdateShowsInTheNextWorklistAnswer) {
  ASSERT_EQ(value_at(worklist_for("PAT001").front(), "PatientName"), "DOE^JOHN");
  const auto result = workflow_.update_patient({"PAT001", "HARNESS", "SILVERHEELS^JAY", "19700101", "M"});
  ASSERT_TRUE(result.accepted()) << result.reason;
  const auto answers = worklist_for("PAT001");
  ASSERT_EQ(answers.size(), 3u);
  for (const auto& answer : answers) EXPECT_EQ(value_at(answer, "PatientName"), "SILVERHEELS^JAY");
  ASSERT_EQ(changes_.size(), 1u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::PatientUpdated);
  EXPECT_EQ(changes_[0].patient.name, "SILVERHEELS^JAY");
}

TEST_F(OrderWorkflowTest, RefusesAnUpdateOfAnUnknownPatientAndChangesNothing) {
  const auto before = snapshot();
  expect_refused(workflow_.update_patient({"PAT404", "HARNESS", "NOBODY^X", "", ""}), Refusal::UnknownPatient,
                 before);
  expect_refused(workflow_.update_patient({"", "HARNESS", "NOBODY^X", "", ""}), Refusal::MissingValue,
                 before);
}

TEST_F(OrderWorkflowTest, AMergeMovesThePriorPatientsOrdersToTheSurvivor) {
  const auto result = workflow_.merge_patients({"PAT001", "HARNESS", "IGNORED^NAME", "", ""}, "PAT002");
  ASSERT_TRUE(result.accepted()) << result.reason;
  EXPECT_TRUE(worklist_for("PAT002").empty());
  const auto survivor = worklist_for("PAT001");
  ASSERT_EQ(survivor.size(), 4u);
  EXPECT_EQ(value_at(survivor.back(), "AccessionNumber"), "ACC002");
  EXPECT_EQ(value_at(survivor.back(), "PatientName"), "DOE^JOHN");  // A40 changes identifiers only
  EXPECT_EQ(store_.patients().size(), 2u);
  ASSERT_EQ(changes_.size(), 1u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::PatientsMerged);
  ASSERT_TRUE(changes_[0].prior_patient);
  EXPECT_EQ(changes_[0].prior_patient->name, "ROE^JANE");
}

TEST_F(OrderWorkflowTest, AMergeIntoAnUnknownSurvivorRegistersIt) {
  ASSERT_TRUE(workflow_.merge_patients({"PAT020", "HARNESS", "ROE^JANE M", "", "F"}, "PAT002").accepted());
  ASSERT_EQ(worklist_for("PAT020").size(), 1u);
  EXPECT_EQ(value_at(worklist_for("PAT020").front(), "PatientName"), "ROE^JANE M");
}

TEST_F(OrderWorkflowTest, RefusesAMergeOfAnUnknownOrTheSamePatientAndChangesNothing) {
  const auto before = snapshot();
  expect_refused(workflow_.merge_patients({"PAT001", "", "", "", ""}, "PAT404"), Refusal::UnknownPatient,
                 before);
  expect_refused(workflow_.merge_patients({"PAT001", "", "", "", ""}, "PAT001"), Refusal::MergeIntoItself,
                 before);
}

TEST_F(OrderWorkflowTest, SchedulesANewOrderWithGeneratedIdentifiersAndDefaults) {
  const auto result = workflow_.schedule_order(new_order("PO100"));
  ASSERT_TRUE(result.accepted()) << result.reason;
  ASSERT_TRUE(result.procedure);
  const auto& procedure = *result.procedure;
  EXPECT_EQ(procedure.placer_order_number, "PO100^PLACER");
  EXPECT_FALSE(procedure.filler_order_number.empty());
  EXPECT_FALSE(procedure.accession_number.empty());
  EXPECT_LE(procedure.accession_number.size(), 16u);
  EXPECT_FALSE(procedure.requested_procedure_id.empty());
  EXPECT_EQ(procedure.study_instance_uid.rfind("2.25.", 0), 0u);
  ASSERT_EQ(procedure.steps.size(), 1u);
  const auto& step = procedure.steps.front();
  EXPECT_FALSE(step.sps_id.empty());
  EXPECT_EQ(step.modality, "MR");
  EXPECT_EQ(step.station_ae, "STATION9");
  EXPECT_EQ(step.station_name, "MR9");
  EXPECT_EQ(step.start_date, "20261130");
  EXPECT_EQ(step.start_time, "101500");
  ASSERT_EQ(step.protocol_codes.size(), 1u);
  EXPECT_EQ(step.protocol_codes.front().value, "P1-20001");
  EXPECT_EQ(step.status, SpsStatus::Scheduled);

  const auto answers = worklist_for("PAT001");
  ASSERT_EQ(answers.size(), 4u);
  EXPECT_EQ(value_at(answers.back(), "AccessionNumber"), procedure.accession_number);
  EXPECT_EQ(value_at(answers.back(), "StudyInstanceUID"), procedure.study_instance_uid);
  ASSERT_EQ(changes_.size(), 1u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::OrderScheduled);
  EXPECT_EQ(changes_[0].initiator, Initiator::OrderPlacer);
}

TEST_F(OrderWorkflowTest, ANewOrderKeepsItsFillerNumberModalityStationAndStart) {
  auto order = new_order("PO101");
  order.filler_order_number = "FO101^FILLER";
  order.modality = "US";
  order.station_ae = "US1";
  order.start_date = "20261224";
  order.start_time = "0930";
  const auto result = workflow_.schedule_order(order);
  ASSERT_TRUE(result.accepted()) << result.reason;
  EXPECT_EQ(result.procedure->filler_order_number, "FO101^FILLER");
  const auto& step = result.procedure->steps.front();
  EXPECT_EQ(step.modality, "US");
  EXPECT_EQ(step.station_ae, "US1");
  EXPECT_EQ(step.start_date, "20261224");
  EXPECT_EQ(step.start_time, "0930");
}

TEST_F(OrderWorkflowTest, ARequestedDateWithoutTimeStartsAtTheStartOfThatDay) {
  auto order = new_order("PO102");
  order.start_date = "20300115";
  const auto result = workflow_.schedule_order(order);
  ASSERT_TRUE(result.accepted()) << result.reason;
  EXPECT_EQ(result.procedure->steps.front().start_date, "20300115");
  EXPECT_EQ(result.procedure->steps.front().start_time, "000000");
}

TEST_F(OrderWorkflowTest, TwoOrdersGetDistinctIdentifiers) {
  const auto first = workflow_.schedule_order(new_order("PO1")).procedure;
  const auto second = workflow_.schedule_order(new_order("PO2")).procedure;
  ASSERT_TRUE(first && second);
  EXPECT_NE(first->accession_number, second->accession_number);
  EXPECT_NE(first->study_instance_uid, second->study_instance_uid);
  EXPECT_NE(first->steps.front().sps_id, second->steps.front().sps_id);
}

TEST_F(OrderWorkflowTest, AnOrderForAnUnknownPatientRegistersThePatientFirst) {
  ASSERT_TRUE(workflow_.schedule_order(new_order("PO102", "PAT030")).accepted());
  ASSERT_EQ(changes_.size(), 2u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::PatientRegistered);
  EXPECT_EQ(changes_[1].kind, ChangeKind::OrderScheduled);
  ASSERT_EQ(worklist_for("PAT030").size(), 1u);
  EXPECT_EQ(value_at(worklist_for("PAT030").front(), "PatientName"), "NEW^PATIENT");
}

TEST_F(OrderWorkflowTest, RefusesADuplicateOrAnUnnumberedOrderAndChangesNothing) {
  ASSERT_TRUE(workflow_.schedule_order(new_order("PO103")).accepted());
  changes_.clear();
  const auto before = snapshot();
  expect_refused(workflow_.schedule_order(new_order("PO103", "PAT031")), Refusal::DuplicateOrder, before);
  auto unnumbered = new_order("");
  unnumbered.placer_order_number.clear();
  expect_refused(workflow_.schedule_order(unnumbered), Refusal::MissingValue, before);
  EXPECT_EQ(before.patients.size(), 3u);  // PAT031 was not registered by the refused order
}

}  // namespace
}  // namespace ihe::test
