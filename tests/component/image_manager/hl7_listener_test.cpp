// The Image Manager's HL7 listener against hl7-core's sender: RAD-12 A08/A40 and RAD-4/RAD-13 applied to
// the archive and seen by the next C-FIND; bad input answered AE/AR with the archive untouched.
#include "tests/component/image_manager/hl7_fixture.h"

namespace ihe::test {
namespace {

TEST_F(ImageManagerHl7Test, A08IsAcknowledgedAndRenamesThePatientsStudies) {
  start_hl7();
  store(sample_images());
  auto exchange = send(build_adt(a08("PAT001", "SILVERHEELS^JAY")));
  ASSERT_TRUE(exchange.accepted()) << exchange.problems << exchange.response_text;
  auto studies = studies_of("PAT001");
  ASSERT_EQ(studies.size(), 1u);
  EXPECT_EQ(studies[0].string(kName), "SILVERHEELS^JAY");
  EXPECT_TRUE(published("RAD-12", "AA"));
}

TEST_F(ImageManagerHl7Test, A40MovesThePriorPatientAndAMergeOntoItselfIsAe205) {
  start_hl7();
  store(sample_images());
  auto same = send(build_adt(a40("PAT001", "PAT001")));
  EXPECT_EQ(same.ack_code, "AE");
  EXPECT_EQ(error_code(same), "205");
  EXPECT_EQ(studies_of("PAT001").size(), 1u);
  auto merged = send(build_adt(a40("PAT002", "PAT001")));
  ASSERT_TRUE(merged.accepted()) << merged.problems;
  EXPECT_TRUE(studies_of("PAT001").empty());
  EXPECT_EQ(studies_of("PAT002").size(), 2u);
  auto unknown = send(build_adt(a40("PAT002", "NEVER_SEEN")));
  EXPECT_TRUE(unknown.accepted()) << unknown.problems;
}

TEST_F(ImageManagerHl7Test, Rad4LinksTheStoredStudyAndRad13ChangedReappliesIt) {
  start_hl7();
  store(sample_images());
  ASSERT_TRUE(send(build_procedure(rad4("ACC900"))).accepted());
  EXPECT_EQ(studies_of("PAT001").at(0).string(kAccession), "ACC900");
  ASSERT_TRUE(send(build_procedure(rad4("ACC901", ProcedureAction::Changed))).accepted());
  EXPECT_EQ(studies_of("PAT001").at(0).string(kAccession), "ACC901");
  ASSERT_EQ(actor->reconciliation().orders().size(), 1u);
  EXPECT_EQ(actor->reconciliation().orders()[0].last, ProcedureAction::Changed);
  ASSERT_TRUE(send(build_procedure(rad4("ACC901", ProcedureAction::Cancelled))).accepted());
  EXPECT_EQ(actor->reconciliation().orders()[0].last, ProcedureAction::Cancelled);
  // One OMI^O23 type, each message logged as the transaction its ORC-1/ORC-5 make it.
  EXPECT_TRUE(published("RAD-4", "AA"));
  EXPECT_TRUE(published("RAD-13", "AA"));
  EXPECT_FALSE(published("RAD-4/RAD-13", "AA"));
}

TEST_F(ImageManagerHl7Test, Rad13ForAnUnknownOrderIsAe204) {
  start_hl7();
  auto exchange = send(build_procedure(rad4("ACC900", ProcedureAction::Discontinued)));
  EXPECT_EQ(exchange.ack_code, "AE");
  EXPECT_EQ(error_code(exchange), "204");
  EXPECT_TRUE(actor->reconciliation().orders().empty());
}

TEST_F(ImageManagerHl7Test, LegacyOrmWithZdsIsAcceptedWhenConfiguredFor231) {
  start_hl7({}, "2.3.1");
  store(sample_images());
  auto exchange = send(build_procedure(rad4("ACC231"), "2.3.1"), "2.3.1");
  ASSERT_TRUE(exchange.accepted()) << exchange.problems << exchange.response_text;
  EXPECT_EQ(studies_of("PAT001").at(0).string(kAccession), "ACC231");
}

TEST_F(ImageManagerHl7Test, BadInputIsRefusedWithTheRightCodeAndChangesNothing) {
  start_hl7();
  store(sample_images());
  auto legacy = send(build_procedure(rad4("ACC231"), "2.3.1"), "2.3.1");
  EXPECT_EQ(legacy.ack_code, "AR");
  EXPECT_EQ(error_code(legacy), "203");

  auto unknown_trigger = build_adt(a08("PAT001", "X^Y"));
  unknown_trigger.set("MSH-9.2", "A99");
  auto trigger = send(unknown_trigger);
  EXPECT_EQ(trigger.ack_code, "AR");
  EXPECT_EQ(error_code(trigger), "201");

  auto no_ipc = build_procedure(rad4("ACC902"));
  std::erase_if(no_ipc.segments(), [](const hl7::Segment& segment) { return segment.id == "IPC"; });
  auto ipc = send(no_ipc);
  EXPECT_EQ(ipc.ack_code, "AE");
  EXPECT_EQ(error_code(ipc), "101");

  auto no_pid = build_adt(a08("PAT001", "X^Y"));
  std::erase_if(no_pid.segments(), [](const hl7::Segment& segment) { return segment.id == "PID"; });
  auto pid = send(no_pid);
  EXPECT_EQ(pid.ack_code, "AE");
  EXPECT_EQ(error_code(pid), "101");

  EXPECT_EQ(studies_of("PAT001").at(0).string(kName), "DOE^JOHN");
  EXPECT_EQ(studies_of("PAT001").at(0).string(kAccession), "ACC001");
  EXPECT_TRUE(actor->reconciliation().orders().empty());
  EXPECT_TRUE(published("RAD-4/RAD-13", "AE ERR 101"));
}

TEST_F(ImageManagerHl7Test, OtherAdtEventsAreAcknowledged) {
  start_hl7();
  actors::AdtEvent a01 = a08("PAT001", "NEW^NAME");
  a01.trigger = "A01";
  auto exchange = send(build_adt(a01));
  EXPECT_TRUE(exchange.accepted()) << exchange.problems;
  EXPECT_TRUE(published("RAD-1", "AA"));
}

}  // namespace
}  // namespace ihe::test
