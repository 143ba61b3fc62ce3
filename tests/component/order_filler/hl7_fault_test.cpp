// The Order Filler's HL7 fault switches, each shown to break its requirement
// (actors/order_filler/faults.cpp).
#include "tests/component/order_filler/hl7_fixture.h"

namespace ihe::test {
namespace {

TEST(OrderFillerHl7Faults, IgnoreA08AcknowledgesButKeepsTheOldNameAndForwardsNothing) {
  Hl7OrderFiller filler({"ignore-a08"});
  ASSERT_TRUE(filler.send(adt("A08", patient("PAT001", "SILVERHEELS^JAY"))).accepted());
  EXPECT_EQ(value_at(filler.worklist_for("PAT001").front(), "PatientName"), "DOE^JOHN");
  filler.drain();
  EXPECT_TRUE(filler.image_manager().messages().empty());
}

TEST(OrderFillerHl7Faults, IgnoreA40AcknowledgesButThePriorIdKeepsItsOrders) {
  Hl7OrderFiller filler({"ignore-a40"});
  ASSERT_TRUE(filler.send(adt("A40", patient("PAT001", "DOE^JOHN"), "PAT002")).accepted());
  EXPECT_EQ(filler.worklist_for("PAT002").size(), 1u);
  filler.drain();
  EXPECT_TRUE(filler.image_manager().messages().empty());
}

TEST(OrderFillerHl7Faults, AnswerAeRejectsAConformantMessage) {
  Hl7OrderFiller filler({"answer-ae"});
  const auto answer = filler.send(adt("A04", patient("PAT100", "DOE^J1")));
  EXPECT_EQ(answer.ack_code, "AE");
  EXPECT_EQ(error_codes(answer), std::vector<std::string>{"207"});
}

TEST(OrderFillerHl7Faults, NeverAnswerLeavesTheSenderWithoutAReply) {
  Hl7OrderFiller filler({"never-answer"});
  const auto answer = filler.send(adt("A04", patient("PAT100", "DOE^J1")), 1s);
  EXPECT_EQ(answer.outcome, actors::ExchangeOutcome::NoReply) << answer.problems;
}

TEST(OrderFillerHl7Faults, AcceptUnreadableOrderAcknowledgesAnOrderWithoutOrderControl) {
  auto unreadable = order("NW", "PO303^PLACER", "PAT001");
  unreadable.set("ORC-1", "");
  EXPECT_EQ(Hl7OrderFiller().send(unreadable).ack_code, "AE");
  Hl7OrderFiller filler({"accept-unreadable-order"});
  EXPECT_EQ(filler.send(unreadable).ack_code, "AA");
  EXPECT_EQ(filler.worklist_for("PAT001").size(), 3u);
  filler.drain();
  EXPECT_TRUE(filler.image_manager().messages().empty());
}

TEST(OrderFillerHl7Faults, NoRad4SchedulesButTellsTheImageManagerNothing) {
  Hl7OrderFiller filler({"no-rad-4"});
  ASSERT_TRUE(filler.send(order("NW", "PO300^PLACER", "PAT001")).accepted());
  EXPECT_EQ(filler.worklist_for("PAT001").size(), 4u);
  filler.drain();
  EXPECT_TRUE(filler.image_manager().messages().empty());
}

TEST(OrderFillerHl7Faults, DropIpc3SendsRad4WithoutTheStudyInstanceUid) {
  Hl7OrderFiller filler({"drop-ipc-3"});
  ASSERT_TRUE(filler.send(order("NW", "PO301^PLACER", "PAT001")).accepted());
  const auto sent = filler.image_manager().wait_for(1);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].get("IPC-3"), "");
  EXPECT_FALSE(sent[0].get("IPC-4").empty());
  EXPECT_NE(value_at(filler.worklist_for("PAT001").back(), "StudyInstanceUID"), "");
  EXPECT_NE(validator_errors(sent[0], "RAD-4").find("IPC-3"), std::string::npos)
      << validator_errors(sent[0], "RAD-4");
}

TEST(OrderFillerHl7Faults, WrongOrcPairSendsRad4WithoutOrderStatus) {
  Hl7OrderFiller filler({"wrong-orc-pair"});
  ASSERT_TRUE(filler.send(order("NW", "PO302^PLACER", "PAT001")).accepted());
  const auto sent = filler.image_manager().wait_for(1);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].get("ORC-1"), "NW");
  EXPECT_EQ(sent[0].get("ORC-5"), "");
  EXPECT_NE(validator_errors(sent[0], "RAD-4").find("ORC-5"), std::string::npos)
      << validator_errors(sent[0], "RAD-4");
}

}  // namespace
}  // namespace ihe::test
