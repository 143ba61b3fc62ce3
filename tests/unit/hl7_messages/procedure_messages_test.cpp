#include <gtest/gtest.h>

#include "actors/common/hl7_messages/procedure_messages.h"
#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"
#include "base/harness_error.h"
#include "tests/unit/hl7_messages/message_samples.h"

namespace ihe::actors {
namespace {

struct ProcedureCase {
  ProcedureAction action;
  std::string version;
};

ProcedureMessage procedure_message(ProcedureAction action, const std::string& version) {
  ProcedureMessage m;
  m.action = action;
  m.patient = test::patient();
  m.visit = test::visit();
  m.procedure = test::procedure();
  for (auto& step : m.procedure.steps) {
    step.status = sps_status(action);
    // 2.3.1 carries no station AE, name or location (configuration on the IM side, digest 2.5).
    if (version == "2.3.1") step.station_ae = step.station_name = step.location = "";
  }
  return m;
}

void PrintTo(const ProcedureCase& c, std::ostream* out) {
  *out << to_string(c.action) << " v" << c.version;
}

class ProcedureBuilder : public ::testing::TestWithParam<ProcedureCase> {};

TEST_P(ProcedureBuilder, OutputPassesTheValidatorAndReadsBack) {
  const auto& [action, version] = GetParam();
  const ProcedureMessage input = procedure_message(action, version);
  const hl7::Message message = test::as_sent(build_procedure(input, version));
  const OrderControlPair pair = order_control_pair(action);
  EXPECT_EQ(message.get("ORC-1"), pair.control);
  EXPECT_EQ(message.get("ORC-5"), pair.status);
  // The SWF (2.3.1) data has RAD-4 rules only; its NW/SC pair rule does not apply to RAD-13 actions.
  const std::string transaction = version == "2.3.1" ? "RAD-4" : std::string(procedure_transaction(action));
  auto errors = test::errors(message, version, transaction);
  if (version == "2.3.1" && action != ProcedureAction::Scheduled)
    std::erase_if(errors, [](const std::string& e) { return e.find("ORC-1") != std::string::npos; });
  EXPECT_EQ(errors, std::vector<std::string>{});

  const auto parsed = hl7::parse(hl7::serialize(message));
  ASSERT_TRUE(parsed.ok());
  const auto read = read_procedure(parsed.message());
  ASSERT_TRUE(read.ok()) << read.error().description;
  EXPECT_EQ(read.value(), input);
}

std::vector<ProcedureCase> all_cases() {
  std::vector<ProcedureCase> cases;
  for (const char* version : {"2.5.1", "2.3.1"})
    for (auto action : {ProcedureAction::Scheduled, ProcedureAction::Cancelled, ProcedureAction::Discontinued,
                        ProcedureAction::Changed, ProcedureAction::Completed})
      cases.push_back({action, version});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(AllActions, ProcedureBuilder, ::testing::ValuesIn(all_cases()),
                         [](const auto& param_info) {
                           std::string name(to_string(param_info.param.action));
                           std::erase(name, ' ');
                           return name + "_v" + (param_info.param.version == "2.5.1" ? "251" : "231");
                         });

TEST(ProcedureMessages, OneIpcPerStepInOneOrderGroup) {
  const hl7::Message message = build_procedure(procedure_message(ProcedureAction::Scheduled, "2.5.1"));
  EXPECT_EQ(message.count("ORC"), 1u);
  EXPECT_EQ(message.count("TQ1"), 1u);
  EXPECT_EQ(message.count("OBR"), 1u);
  ASSERT_EQ(message.count("IPC"), 2u);
  EXPECT_EQ(message.get("IPC[2]-4"), "SPS5006");
  EXPECT_EQ(message.get("IPC[2]-9"), "CTSCANNER1");
  EXPECT_EQ(message.get("TQ1-7"), "20240106090000");
}

TEST(ProcedureMessages, LegacyHasOneOrcObrZdsGroupPerStep) {
  const hl7::Message message =
      build_procedure(procedure_message(ProcedureAction::Scheduled, "2.3.1"), "2.3.1");
  EXPECT_EQ(message.count("ORC"), 2u);
  EXPECT_EQ(message.count("ZDS"), 2u);
  EXPECT_EQ(message.get("OBR[2]-20"), "SPS5006");
  EXPECT_EQ(message.get("OBR[1]-18"), "ACC3003");
  EXPECT_EQ(message.get("ZDS[2]-1.1"), "1.2.826.0.1.3680043.2.1125.1.1");
  // Segment order: MSH PID PV1 ORC OBR ZDS ORC OBR ZDS.
  std::string order;
  for (const auto& s : message.segments()) order += s.id + " ";
  EXPECT_EQ(order, "MSH PID PV1 ORC OBR ZDS ORC OBR ZDS ");
}

TEST(ProcedureMessages, ApplicationResponseEchoesTheOrder) {
  const ProcedureMessage answered = procedure_message(ProcedureAction::Scheduled, "2.5.1");
  const hl7::Message ori = build_procedure_response(answered, "OK");
  EXPECT_EQ(ori.get_er7("MSH-9"), "ORI^O24^ORI_O24");
  std::string order;
  for (const auto& s : ori.segments()) order += s.id + " ";
  EXPECT_EQ(order, "MSH PID ORC TQ1 OBR IPC IPC ");
  EXPECT_EQ(ori.get("ORC-1"), "OK");
  EXPECT_EQ(ori.get("IPC[2]-4"), "SPS5006");

  const hl7::Message orr =
      build_procedure_response(procedure_message(ProcedureAction::Cancelled, "2.3.1"), "UA", "2.3.1");
  EXPECT_EQ(orr.get_er7("MSH-9"), "ORR^O02");
  EXPECT_EQ(orr.count("ZDS"), 0u);
  EXPECT_EQ(orr.get("ORC[2]-1"), "UA");
}

TEST(ProcedureMessages, ActionTable) {
  EXPECT_EQ(procedure_action("DC", "CA"), ProcedureAction::Discontinued);
  EXPECT_EQ(procedure_action("XO", ""), std::nullopt);
  EXPECT_EQ(procedure_transaction(ProcedureAction::Scheduled), "RAD-4");
  EXPECT_EQ(procedure_transaction(ProcedureAction::Completed), "RAD-13");
}

TEST(ProcedureMessages, ProcedureWithoutStepsIsACallerBug) {
  ProcedureMessage m = procedure_message(ProcedureAction::Scheduled, "2.5.1");
  m.procedure.steps.clear();
  EXPECT_THROW(build_procedure(m), HarnessError);
}

TEST(ProcedureMessages, ReaderNamesTheMissingSegmentOrField) {
  hl7::Message no_ipc = build_procedure(procedure_message(ProcedureAction::Scheduled, "2.5.1"));
  std::erase_if(no_ipc.segments(), [](const hl7::Segment& s) { return s.id == "IPC"; });
  const auto missing_ipc = read_procedure(no_ipc);
  ASSERT_FALSE(missing_ipc.ok());
  EXPECT_EQ(missing_ipc.error().segment, "IPC");
  EXPECT_NE(missing_ipc.error().description.find("IPC"), std::string::npos);

  hl7::Message no_uid = build_procedure(procedure_message(ProcedureAction::Scheduled, "2.5.1"));
  no_uid.set("IPC[2]-3", "");
  const auto missing_uid = read_procedure(no_uid);
  ASSERT_FALSE(missing_uid.ok());
  EXPECT_EQ(missing_uid.error().field, 3u);

  hl7::Message no_pid = build_procedure(procedure_message(ProcedureAction::Scheduled, "2.3.1"), "2.3.1");
  std::erase_if(no_pid.segments(), [](const hl7::Segment& s) { return s.id == "PID"; });
  EXPECT_EQ(read_procedure(no_pid).error().segment, "PID");

  hl7::Message bad_pair = build_procedure(procedure_message(ProcedureAction::Scheduled, "2.5.1"));
  bad_pair.set("ORC-5", "IP");
  const auto wrong = read_procedure(bad_pair);
  ASSERT_FALSE(wrong.ok());
  EXPECT_NE(wrong.error().description.find("NW/IP"), std::string::npos);
}

}  // namespace
}  // namespace ihe::actors
