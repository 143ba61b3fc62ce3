// Changes of a scheduled order at the Order Filler: placer cancel, filler cancel, discontinue, change, and
// the MPPS-driven step status (spec digest 2.5 ORC-1/ORC-5 table, 3.2 archive side effects).
#include <algorithm>

#include "tests/unit/order_filler/order_workflow_fixture.h"

namespace ihe::test {
namespace {

const actors::StepReference kSps001{"SPS001", "ACC001", ""};

TEST_F(OrderWorkflowTest, APlacerCancelRemovesTheOrderFromTheWorklist) {
  const auto placed = workflow_.schedule_order(new_order("PO200")).procedure;
  ASSERT_TRUE(placed);
  changes_.clear();
  const auto result = workflow_.cancel_order({"PO200^PLACER", ""}, Initiator::OrderPlacer);
  ASSERT_TRUE(result.accepted()) << result.reason;
  EXPECT_EQ(result.procedure->accession_number, placed->accession_number);
  EXPECT_EQ(worklist_for("PAT001").size(), 3u);
  ASSERT_EQ(changes_.size(), 1u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::OrderCancelled);
  EXPECT_EQ(changes_[0].initiator, Initiator::OrderPlacer);
  ASSERT_TRUE(changes_[0].procedure);
  EXPECT_EQ(changes_[0].procedure->study_instance_uid, placed->study_instance_uid);
}

TEST_F(OrderWorkflowTest, AnOrderOfTheFillerNeedsNoPlacerNumberAndMayNameItsAcquiredStudy) {
  auto order = new_order("");
  order.placer_order_number.clear();
  order.study_instance_uid = "1.2.826.0.1.3680043.9.7156.9.1";
  const auto before = snapshot();
  expect_refused(workflow_.schedule_order(order, Initiator::OrderPlacer), Refusal::MissingValue, before);
  const auto result = workflow_.schedule_order(order, Initiator::OrderFiller);
  ASSERT_TRUE(result.accepted()) << result.reason;
  EXPECT_EQ(result.procedure->study_instance_uid, order.study_instance_uid);
  EXPECT_TRUE(result.procedure->placer_order_number.empty());
  EXPECT_FALSE(result.procedure->filler_order_number.empty());
  // The placer's number, once assigned, is kept; only once.
  EXPECT_TRUE(workflow_.assign_placer_number(result.procedure->filler_order_number, "P9^OP").accepted());
  EXPECT_EQ(workflow_.assign_placer_number(result.procedure->filler_order_number, "P8^OP").refusal,
            Refusal::UnknownOrder);
  const auto kept = store_.requested_procedures();
  EXPECT_TRUE(
      std::any_of(kept.begin(), kept.end(), [](const auto& p) { return p.placer_order_number == "P9^OP"; }));
  // A second one without placer number is no duplicate of the first.
  order.study_instance_uid.clear();
  const auto second = workflow_.schedule_order(order, Initiator::OrderFiller);
  ASSERT_TRUE(second.accepted()) << second.reason;
  EXPECT_NE(second.procedure->study_instance_uid, result.procedure->study_instance_uid);
}

TEST_F(OrderWorkflowTest, TheFillerCancelsAnOrderByAccessionNumber) {
  ASSERT_TRUE(workflow_.cancel_order({"", "ACC002"}, Initiator::OrderFiller).accepted());
  EXPECT_TRUE(worklist_for("PAT002").empty());
  ASSERT_EQ(changes_.size(), 1u);
  EXPECT_EQ(changes_[0].initiator, Initiator::OrderFiller);
}

TEST_F(OrderWorkflowTest, RefusesToCancelAnUnknownOrAStartedOrderAndChangesNothing) {
  ASSERT_TRUE(workflow_.step_performed(kSps001, SpsStatus::Started).accepted());
  changes_.clear();
  const auto before = snapshot();
  expect_refused(workflow_.cancel_order({"NOSUCH^PLACER", ""}, Initiator::OrderPlacer), Refusal::UnknownOrder,
                 before);
  expect_refused(workflow_.cancel_order({"", ""}, Initiator::OrderPlacer), Refusal::UnknownOrder, before);
  expect_refused(workflow_.cancel_order({"", "ACC001"}, Initiator::OrderPlacer), Refusal::WrongState, before);
}

TEST_F(OrderWorkflowTest, DiscontinuingMovesEveryOpenStepToDiscontinued) {
  ASSERT_TRUE(workflow_.step_performed({"SPS004A", "ACC004", ""}, SpsStatus::Completed).accepted());
  changes_.clear();
  const auto result = workflow_.discontinue_order({"", "ACC004"});
  ASSERT_TRUE(result.accepted()) << result.reason;
  EXPECT_EQ(result.procedure->steps[0].status, SpsStatus::Completed);
  EXPECT_EQ(result.procedure->steps[1].status, SpsStatus::Discontinued);
  ASSERT_EQ(changes_.size(), 1u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::OrderDiscontinued);

  changes_.clear();
  const auto before = snapshot();
  expect_refused(workflow_.discontinue_order({"", "ACC004"}), Refusal::WrongState, before);
  expect_refused(workflow_.discontinue_order({"", "ACC404"}), Refusal::UnknownOrder, before);
}

TEST_F(OrderWorkflowTest, AChangeUpdatesTheStepsOfAnOrderNotYetStarted) {
  const auto result = workflow_.change_order({"", "ACC002"}, {"20261205", "", "", "MODALITY7", ""});
  ASSERT_TRUE(result.accepted()) << result.reason;
  const auto answers = worklist_for("PAT002");
  ASSERT_EQ(answers.size(), 1u);
  EXPECT_EQ(value_at(answers[0], "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepStartDate"),
            "20261205");
  EXPECT_EQ(value_at(answers[0], "ScheduledProcedureStepSequence[0]/ScheduledStationAETitle"), "MODALITY7");
  EXPECT_EQ(value_at(answers[0], "ScheduledProcedureStepSequence[0]/Modality"), "MR");
  ASSERT_EQ(changes_.size(), 1u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::OrderChanged);

  ASSERT_TRUE(workflow_.step_performed({"SPS002", "ACC002", ""}, SpsStatus::Started).accepted());
  changes_.clear();
  const auto before = snapshot();
  expect_refused(workflow_.change_order({"", "ACC002"}, {"20261206", "", "", "", ""}), Refusal::WrongState,
                 before);
}

TEST_F(OrderWorkflowTest, MppsProgressNotifiesEachRealStatusChangeOnce) {
  ASSERT_TRUE(workflow_.step_performed(kSps001, SpsStatus::Started).accepted());
  ASSERT_TRUE(workflow_.step_performed(kSps001, SpsStatus::Started).accepted());
  ASSERT_TRUE(workflow_.step_performed(kSps001, SpsStatus::Completed).accepted());
  ASSERT_EQ(changes_.size(), 2u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::StepStarted);
  EXPECT_EQ(changes_[0].sps_id, "SPS001");
  EXPECT_EQ(changes_[0].initiator, Initiator::Modality);
  EXPECT_EQ(changes_[1].kind, ChangeKind::StepCompleted);
  EXPECT_EQ(changes_[1].procedure->steps.front().status, SpsStatus::Completed);
  EXPECT_EQ(store_.find_step(kSps001)->step.status, SpsStatus::Completed);
}

TEST_F(OrderWorkflowTest, AnMppsDiscontinuedStepIsNotifiedAsSuch) {
  ASSERT_TRUE(workflow_.step_performed(kSps001, SpsStatus::Discontinued).accepted());
  ASSERT_EQ(changes_.size(), 1u);
  EXPECT_EQ(changes_[0].kind, ChangeKind::StepDiscontinued);
}

TEST_F(OrderWorkflowTest, AnMppsForAnUnknownStepChangesNothing) {
  const auto before = snapshot();
  expect_refused(workflow_.step_performed({"SPS999", "ACC001", ""}, SpsStatus::Started),
                 Refusal::UnknownOrder, before);
}

}  // namespace
}  // namespace ihe::test
