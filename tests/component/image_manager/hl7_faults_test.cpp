// Each HL7 fault switch of the Image Manager really misbehaves (the fault catalog's descriptions).
#include "tests/component/image_manager/hl7_fixture.h"

namespace ihe::test {
namespace {

TEST_F(ImageManagerHl7Test, FaultIgnoreA08AcknowledgesButKeepsTheOldName) {
  start_hl7({"ignore-a08"});
  store(sample_images());
  EXPECT_TRUE(send(build_adt(a08("PAT001", "SILVERHEELS^JAY"))).accepted());
  EXPECT_EQ(studies_of("PAT001").at(0).string(kName), "DOE^JOHN");
}

TEST_F(ImageManagerHl7Test, FaultA40KeepsOldIdLeavesThePriorIdFindable) {
  start_hl7({"a40-keeps-old-id"});
  store(sample_images());
  auto merge = a40("PAT002", "PAT001");
  merge.patient.name = "ROE^JANE";
  EXPECT_TRUE(send(build_adt(merge)).accepted());
  auto old_id = studies_of("PAT001");
  ASSERT_EQ(old_id.size(), 1u);
  EXPECT_EQ(old_id[0].string(kName), "ROE^JANE");
  EXPECT_EQ(studies_of("PAT002").size(), 1u);
}

TEST_F(ImageManagerHl7Test, FaultIgnoreRad13AcknowledgesButKeepsTheScheduledValues) {
  start_hl7({"ignore-rad-13"});
  store(sample_images());
  ASSERT_TRUE(send(build_procedure(rad4("ACC900"))).accepted());
  EXPECT_TRUE(send(build_procedure(rad4("ACC901", ProcedureAction::Changed))).accepted());
  EXPECT_EQ(studies_of("PAT001").at(0).string(kAccession), "ACC900");
  EXPECT_EQ(actor->reconciliation().orders().at(0).last, ProcedureAction::Scheduled);
}

TEST_F(ImageManagerHl7Test, FaultAnswerAeRefusesAConformantA08AndAppliesNothing) {
  start_hl7({"answer-ae"});
  store(sample_images());
  auto exchange = send(build_adt(a08("PAT001", "SILVERHEELS^JAY")));
  EXPECT_EQ(exchange.ack_code, "AE");
  EXPECT_EQ(error_code(exchange), "207");
  EXPECT_EQ(studies_of("PAT001").at(0).string(kName), "DOE^JOHN");
}

TEST_F(ImageManagerHl7Test, FaultNeverAnswerLeavesTheSenderWithoutAnAck) {
  start_hl7({"never-answer"});
  auto exchange = send(build_adt(a08("PAT001", "SILVERHEELS^JAY")), "2.5.1", std::chrono::milliseconds(800));
  EXPECT_EQ(exchange.outcome, actors::ExchangeOutcome::NoReply);
  EXPECT_FALSE(exchange.ack.has_value());
}

}  // namespace
}  // namespace ihe::test
