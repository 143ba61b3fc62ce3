// Which HL7 messages each Order Filler change makes it send, to whom, and what the outbound fault switches
// do to them (spec digest 2.4, 2.5 ORC-1/ORC-5 pairs and IPC table, 4.2 forwarding). No network.
#include "actors/order_filler/change_messages.h"

#include <gtest/gtest.h>

#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/common/hl7_messages/order_messages.h"
#include "actors/common/hl7_messages/procedure_messages.h"
#include "actors/order_filler/faults.h"
#include "tests/unit/hl7_messages/message_samples.h"

namespace ihe::actors {
namespace {

// The shared synthetic records (tests/unit/hl7_messages/message_samples.h): PAT001 SMITH^ALICE^Q, one
// requested procedure ACC3003 with two steps SPS5005 and SPS5006, placer number PLC1001^OP_APP.
const Patient kPatient = test::patient();

RequestedProcedure procedure(std::string placer = "PLC1001^OP_APP") {
  auto p = test::procedure();
  p.placer_order_number = std::move(placer);
  return p;
}

OrderChange order_change(ChangeKind kind, Initiator initiator, RequestedProcedure p = procedure()) {
  return OrderChange{kind, initiator, kPatient, std::nullopt, std::move(p), ""};
}

// The shipped validators' errors for what we send (profiles/, SWF.b or SWF).
std::vector<std::string> validator_errors(const OutboundHl7& out, const std::string& version = "2.5.1") {
  return test::errors(test::as_sent(out.message), version, out.transaction);
}

FaultSwitches faults(const std::vector<std::string>& names) {
  return FaultSwitches::select(order_filler_faults(), names, "order-filler");
}

std::vector<OutboundHl7> sent(const OrderChange& change, const FaultSwitches& switches = {},
                              std::string_view version = "2.5.1") {
  return messages_for(change, switches, version);
}

TEST(ChangeMessages, AScheduledOrderIsOneRad4WithOneIpcPerStep) {
  const auto out = sent(order_change(ChangeKind::OrderScheduled, Initiator::OrderPlacer));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].peer, Hl7Peer::ImageManager);
  EXPECT_EQ(out[0].transaction, "RAD-4");
  EXPECT_EQ(out[0].message.message_type(), "OMI");
  EXPECT_EQ(out[0].message.get("ORC-1"), "NW");
  EXPECT_EQ(out[0].message.get("ORC-5"), "SC");
  EXPECT_EQ(out[0].message.count("IPC"), 2u);
  const auto read = read_procedure(out[0].message);
  ASSERT_TRUE(read) << read.error().description;
  EXPECT_EQ(read.value().action, ProcedureAction::Scheduled);
  EXPECT_EQ(read.value().procedure.study_instance_uid, procedure().study_instance_uid);
  EXPECT_EQ(read.value().procedure.accession_number, "ACC3003");
  ASSERT_EQ(read.value().procedure.steps.size(), 2u);
  EXPECT_EQ(read.value().procedure.steps[1].sps_id, "SPS5006");
  EXPECT_EQ(validator_errors(out[0]), std::vector<std::string>{});
}

TEST(ChangeMessages, TheLegacyVersionSendsOrmWithZds) {
  const auto out = sent(order_change(ChangeKind::OrderScheduled, Initiator::OrderPlacer), {}, "2.3.1");
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].message.message_type(), "ORM");
  EXPECT_EQ(out[0].message.get("ZDS-1.1"), procedure().study_instance_uid);
  EXPECT_EQ(validator_errors(out[0], "2.3.1"), std::vector<std::string>{});
}

TEST(ChangeMessages, NoRad4SendsNothingForANewOrder) {
  EXPECT_TRUE(
      sent(order_change(ChangeKind::OrderScheduled, Initiator::OrderPlacer), faults({"no-rad-4"})).empty());
}

TEST(ChangeMessages, DropIpc3SendsRad4WithoutAStudyInstanceUid) {
  const auto out =
      sent(order_change(ChangeKind::OrderScheduled, Initiator::OrderPlacer), faults({"drop-ipc-3"}));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].message.get("IPC-3"), "");
  EXPECT_EQ(out[0].message.get("IPC-4"), "SPS5005");
  EXPECT_FALSE(read_procedure(out[0].message));
  EXPECT_FALSE(validator_errors(out[0]).empty());
}

TEST(ChangeMessages, WrongOrcPairSendsRad4WithoutAnOrderStatus) {
  const auto out =
      sent(order_change(ChangeKind::OrderScheduled, Initiator::OrderPlacer), faults({"wrong-orc-pair"}));
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].message.get("ORC-1"), "NW");
  EXPECT_EQ(out[0].message.get("ORC-5"), "");
  EXPECT_FALSE(procedure_action(out[0].message.get("ORC-1"), out[0].message.get("ORC-5")));
  EXPECT_FALSE(validator_errors(out[0]).empty());
}

TEST(ChangeMessages, APlacerCancelIsRad13OnlyAndAFillerCancelAlsoRad3Oc) {
  const auto placer = sent(order_change(ChangeKind::OrderCancelled, Initiator::OrderPlacer));
  ASSERT_EQ(placer.size(), 1u);
  EXPECT_EQ(placer[0].transaction, "RAD-13");
  EXPECT_EQ(placer[0].message.get("ORC-1"), "CA");
  EXPECT_EQ(placer[0].message.get("ORC-5"), "CA");

  const auto filler = sent(order_change(ChangeKind::OrderCancelled, Initiator::OrderFiller));
  ASSERT_EQ(filler.size(), 2u);
  EXPECT_EQ(filler[0].peer, Hl7Peer::OrderPlacer);
  EXPECT_EQ(filler[0].transaction, "RAD-3");
  EXPECT_EQ(filler[0].message.message_type(), "OMG");
  EXPECT_EQ(filler[0].message.get("ORC-1"), "OC");
  EXPECT_EQ(filler[0].message.get("ORC-2"), "PLC1001");
  EXPECT_EQ(validator_errors(filler[0]), std::vector<std::string>{});
  EXPECT_EQ(validator_errors(placer[0]), std::vector<std::string>{});
  EXPECT_EQ(filler[1].peer, Hl7Peer::ImageManager);
}

TEST(ChangeMessages, DiscontinueAndChangeUseTheirOrcPairs) {
  const auto discontinued = sent(order_change(ChangeKind::OrderDiscontinued, Initiator::OrderFiller));
  ASSERT_EQ(discontinued.size(), 2u);
  EXPECT_EQ(discontinued[0].message.get("ORC-5"), "DC");
  EXPECT_EQ(discontinued[1].message.get("ORC-1"), "DC");
  EXPECT_EQ(discontinued[1].message.get("ORC-5"), "CA");
  const auto changed = sent(order_change(ChangeKind::OrderChanged, Initiator::OrderFiller));
  ASSERT_EQ(changed.size(), 1u);
  EXPECT_EQ(changed[0].message.get("ORC-1"), "XO");
  EXPECT_EQ(changed[0].message.get("ORC-5"), "SC");
}

TEST(ChangeMessages, MppsProgressIsRad3InProgressThenCompletedWithRad13) {
  const auto started = sent(order_change(ChangeKind::StepStarted, Initiator::Modality));
  ASSERT_EQ(started.size(), 1u);
  EXPECT_EQ(started[0].peer, Hl7Peer::OrderPlacer);
  EXPECT_EQ(started[0].message.get("ORC-1"), "SC");
  EXPECT_EQ(started[0].message.get("ORC-5"), "IP");

  auto done = procedure();
  for (auto& step : done.steps) step.status = SpsStatus::Completed;
  const auto completed = sent(order_change(ChangeKind::StepCompleted, Initiator::Modality, done));
  ASSERT_EQ(completed.size(), 2u);
  EXPECT_EQ(completed[0].message.get("ORC-5"), "CM");
  EXPECT_EQ(completed[1].transaction, "RAD-13");
  EXPECT_EQ(completed[1].message.get("ORC-1"), "XO");
  EXPECT_EQ(completed[1].message.get("ORC-5"), "CM");
  EXPECT_EQ(validator_errors(started[0]), std::vector<std::string>{});
  EXPECT_EQ(validator_errors(completed[1]), std::vector<std::string>{});
}

TEST(ChangeMessages, ACompletedStepOfAnUnfinishedOrderSendsNothingYet) {
  auto half = procedure();
  half.steps[0].status = SpsStatus::Completed;
  EXPECT_TRUE(sent(order_change(ChangeKind::StepCompleted, Initiator::Modality, half)).empty());
}

TEST(ChangeMessages, AnOrderWithoutPlacerNumberGetsNoRad3) {
  EXPECT_TRUE(sent(order_change(ChangeKind::StepStarted, Initiator::Modality, procedure(""))).empty());
}

TEST(ChangeMessages, AnOrderTheFillerCreatesIsRad3SnToThePlacerThenRad4) {
  const auto out = sent(order_change(ChangeKind::OrderScheduled, Initiator::OrderFiller, procedure("")));
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[0].peer, Hl7Peer::OrderPlacer);
  EXPECT_EQ(out[0].transaction, "RAD-3");
  EXPECT_EQ(out[0].message.get("ORC-1"), "SN");
  EXPECT_EQ(out[0].message.get("ORC-2"), "");
  EXPECT_EQ(out[0].message.get("ORC-3"), "FIL2002");
  EXPECT_EQ(validator_errors(out[0]), std::vector<std::string>{});
  EXPECT_EQ(out[1].transaction, "RAD-4");
  // One the placer ordered is not announced back to it.
  EXPECT_EQ(sent(order_change(ChangeKind::OrderScheduled, Initiator::OrderPlacer)).size(), 1u);
}

TEST(ChangeMessages, AdtUpdatesAndMergesAreForwardedToTheImageManager) {
  const auto updated =
      sent({ChangeKind::PatientUpdated, Initiator::Adt, kPatient, std::nullopt, std::nullopt, ""});
  ASSERT_EQ(updated.size(), 1u);
  EXPECT_EQ(updated[0].peer, Hl7Peer::ImageManager);
  EXPECT_EQ(updated[0].transaction, "RAD-12");
  EXPECT_EQ(updated[0].message.trigger_event(), "A08");
  EXPECT_EQ(updated[0].message.get("PID-5"), "SMITH");
  EXPECT_EQ(validator_errors(updated[0]), std::vector<std::string>{});

  const Patient prior{"TMP001", "HOSP", "DOE^J1", "", ""};

  const auto merged = sent({ChangeKind::PatientsMerged, Initiator::Adt, kPatient, prior, std::nullopt, ""});
  ASSERT_EQ(merged.size(), 1u);
  const auto read = read_merge(merged[0].message);
  ASSERT_TRUE(read) << read.error().description;
  EXPECT_EQ(read.value().surviving.id, "PAT001");
  EXPECT_EQ(read.value().prior.id, "TMP001");
  EXPECT_EQ(validator_errors(merged[0]), std::vector<std::string>{});

  EXPECT_TRUE(sent({ChangeKind::PatientRegistered, Initiator::Adt, kPatient, std::nullopt, std::nullopt, ""})
                  .empty());
}

}  // namespace
}  // namespace ihe::actors
