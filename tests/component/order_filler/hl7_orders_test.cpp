// The Order Filler's HL7 side over real MLLP: RAD-1 and RAD-2 received and acknowledged, the order
// scheduled into the worklist, RAD-4/13 sent to the Image Manager, RAD-3 to the Order Placer, RAD-12
// applied and forwarded (spec digest 2.3-2.5, 4.2).
#include "tests/component/order_filler/hl7_fixture.h"
#include "tests/unit/order_filler/mpps_data.h"

namespace ihe::test {
namespace {

TEST(OrderFillerHl7, SchedulesAnOmgOrderAndSendsRad4WithTheWorklistsIdentifiers) {
  Hl7OrderFiller filler;
  const auto registered = filler.send(adt("A04", patient("PAT100", "DOE^J1")));
  ASSERT_TRUE(registered.accepted()) << registered.problems;

  const auto placed = filler.send(order("NW", "PO100^PLACER", "PAT100"));
  ASSERT_TRUE(placed.accepted()) << placed.problems;
  ASSERT_TRUE(placed.response);
  EXPECT_EQ(placed.response->message_type(), "ORG");
  EXPECT_EQ(placed.response->get("ORC-1"), "OK");
  EXPECT_EQ(placed.response->get("ORC-2"), "PO100");
  const std::string filler_number = placed.response->get("ORC-3");
  EXPECT_FALSE(filler_number.empty());

  const auto answers = filler.worklist_for("PAT100");
  ASSERT_EQ(answers.size(), 1u);
  EXPECT_EQ(value_at(answers[0], "PatientName"), "DOE^J1");
  EXPECT_EQ(value_at(answers[0], "PlacerOrderNumberImagingServiceRequest"), "PO100");
  EXPECT_EQ(value_at(answers[0], "FillerOrderNumberImagingServiceRequest"), filler_number);

  const auto sent = filler.image_manager().wait_for(1);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].message_type(), "OMI");
  EXPECT_EQ(sent[0].get("ORC-1"), "NW");
  EXPECT_EQ(sent[0].get("ORC-5"), "SC");
  EXPECT_EQ(sent[0].get("IPC-1"), value_at(answers[0], "AccessionNumber"));
  EXPECT_EQ(sent[0].get("IPC-3"), value_at(answers[0], "StudyInstanceUID"));
  EXPECT_EQ(sent[0].get("IPC-4"),
            value_at(answers[0], "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepID"));
  EXPECT_EQ(sent[0].get("MSH-3"), "ORDER_FILLER");
  EXPECT_EQ(validator_errors(sent[0], "RAD-4"), "");
}

TEST(OrderFillerHl7, APlacerCancelIsAnsweredCrAndSentOnAsRad13) {
  Hl7OrderFiller filler;
  ASSERT_TRUE(filler.send(order("NW", "PO101^PLACER", "PAT001")).accepted());
  const auto cancelled = filler.send(order("CA", "PO101^PLACER", "PAT001"));
  ASSERT_TRUE(cancelled.accepted()) << cancelled.problems;
  EXPECT_EQ(cancelled.response->get("ORC-1"), "CR");
  EXPECT_EQ(filler.worklist_for("PAT001").size(), 3u);  // the seeded three, the new one gone
  const auto sent = filler.image_manager().wait_for(2);
  ASSERT_EQ(sent.size(), 2u);
  EXPECT_EQ(sent[1].get("ORC-1"), "CA");
  EXPECT_EQ(sent[1].get("ORC-5"), "CA");
  EXPECT_EQ(sent[1].get("IPC-3"), sent[0].get("IPC-3"));
  EXPECT_EQ(validator_errors(sent[1], "RAD-13"), "");
  EXPECT_TRUE(filler.placer().messages().empty());
}

TEST(OrderFillerHl7, MppsProgressGoesToThePlacerAsRad3AndCompletionToTheImageManager) {
  Hl7OrderFiller filler;
  ASSERT_TRUE(filler.send(order("NW", "PO102^PLACER", "PAT001")).accepted());
  const auto answers = filler.worklist_for("PAT001");
  ASSERT_EQ(answers.size(), 4u);
  // RAD-6 and RAD-7 from a modality that took the new step from the worklist.
  const std::string uid = "1.2.826.0.1.3680043.9.7156.6.9";
  const auto created = filler.mpps(
      true, uid,
      mpps_in_progress(value_at(answers[3],
                                "ScheduledProcedureStepSequence[0]/"
                                "ScheduledProcedureStepID"),
                       value_at(answers[3], "AccessionNumber"), value_at(answers[3], "StudyInstanceUID")));
  ASSERT_EQ(created.status, 0x0000);
  ASSERT_EQ(filler.mpps(false, uid, mpps_final("COMPLETED")).status, 0x0000);
  const auto to_placer = filler.placer().wait_for(2);
  ASSERT_EQ(to_placer.size(), 2u);
  EXPECT_EQ(to_placer[0].message_type(), "OMG");
  EXPECT_EQ(to_placer[0].get("ORC-1"), "SC");
  EXPECT_EQ(to_placer[0].get("ORC-5"), "IP");
  EXPECT_EQ(to_placer[0].get("ORC-2"), "PO102");
  EXPECT_EQ(to_placer[1].get("ORC-5"), "CM");
  EXPECT_EQ(validator_errors(to_placer[1], "RAD-3"), "");
  const auto to_manager = filler.image_manager().wait_for(2);
  ASSERT_EQ(to_manager.size(), 2u);
  EXPECT_EQ(to_manager[1].get("ORC-1"), "XO");
  EXPECT_EQ(to_manager[1].get("ORC-5"), "CM");
}

TEST(OrderFillerHl7, AnA08RenamesTheWorklistPatientAndIsForwarded) {
  Hl7OrderFiller filler;
  const auto updated = filler.send(adt("A08", patient("PAT001", "SILVERHEELS^JAY")));
  ASSERT_TRUE(updated.accepted()) << updated.problems;
  for (const auto& answer : filler.worklist_for("PAT001"))
    EXPECT_EQ(value_at(answer, "PatientName"), "SILVERHEELS^JAY");
  const auto sent = filler.image_manager().wait_for(1);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].trigger_event(), "A08");
  EXPECT_EQ(sent[0].get("PID-3"), "PAT001");
  EXPECT_EQ(sent[0].get("PID-5.2"), "JAY");
  EXPECT_EQ(validator_errors(sent[0], "RAD-12"), "");
}

TEST(OrderFillerHl7, AnA40MovesThePriorPatientsOrdersAndIsForwarded) {
  Hl7OrderFiller filler;
  const auto merged = filler.send(adt("A40", patient("PAT001", "DOE^JOHN"), "PAT002"));
  ASSERT_TRUE(merged.accepted()) << merged.problems;
  EXPECT_TRUE(filler.worklist_for("PAT002").empty());
  EXPECT_EQ(filler.worklist_for("PAT001").size(), 4u);
  const auto sent = filler.image_manager().wait_for(1);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].trigger_event(), "A40");
  EXPECT_EQ(sent[0].get("MRG-1"), "PAT002");
  EXPECT_EQ(validator_errors(sent[0], "RAD-12"), "");
}

TEST(OrderFillerHl7, OtherAdtEventsAreAcknowledged) {
  Hl7OrderFiller filler;
  for (const char* trigger : {"A01", "A05", "A11", "A38", "A02", "A03", "A06", "A07", "A12", "A13"}) {
    const auto answer = filler.send(adt(trigger, patient("PAT001", "DOE^JOHN")));
    EXPECT_TRUE(answer.accepted()) << trigger << ": " << answer.problems;
  }
}

TEST(OrderFillerHl7, TheLegacyVersionTakesOrmAndAnswersOrr) {
  Hl7OrderFiller filler({}, "2.3.1");
  const auto placed = filler.send(order("NW", "PO103^PLACER", "PAT001", "2.3.1"));
  ASSERT_TRUE(placed.accepted()) << placed.problems;
  EXPECT_EQ(placed.response->message_type(), "ORR");
  EXPECT_EQ(placed.response->get("ORC-1"), "OK");
  const auto sent = filler.image_manager().wait_for(1);
  ASSERT_EQ(sent.size(), 1u);
  EXPECT_EQ(sent[0].message_type(), "ORM");
  EXPECT_EQ(sent[0].get("ZDS-1"), value_at(filler.worklist_for("PAT001").back(), "StudyInstanceUID"));
}

}  // namespace
}  // namespace ihe::test
