// Each ADT fault switch really changes what goes on the wire.
#include <gtest/gtest.h>

#include "actors/adt/adt_faults.h"
#include "tests/component/adt/adt_fixture.h"
#include "tests/component/hl7_link/findings_fixture.h"

namespace ihe::actors {
namespace {

using namespace std::chrono_literals;

// The example's events (A04, A08, A40) as one peer receives them with `fault` switched on (none: empty).
std::vector<hl7::Message> received_with(std::string_view fault) {
  std::vector<std::string> names;
  if (!fault.empty()) names.emplace_back(fault);
  IdFactory ids;
  test::CapturingPeer peer(ids);
  TransactionLog log;
  AdtConfig config = test::example_config_to({peer.port()});
  config.destinations.resize(1);
  AdtActor actor(config, FaultSwitches::select(adt_faults(), names, "adt"), log);
  for (const auto& event : config.events) actor.send(event);
  return peer.received();
}

std::string findings_of(const hl7::Message& message) {
  return test::finding_locations(message, std::string(adt_transaction(message.trigger_event())));
}

TEST(AdtFaults, OmitAssigningAuthority) {
  const auto received = received_with(adt_fault::kOmitAssigningAuthority);
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].get("PID-3.1"), "PAT001");
  EXPECT_EQ(received[0].get("PID-3.4"), "");
  EXPECT_EQ(received[2].get("MRG-1.1"), "PAT099");
  EXPECT_EQ(received[2].get("MRG-1.4"), "");
  EXPECT_NE(findings_of(received[0]).find("PID-3"), std::string::npos) << findings_of(received[0]);
}

TEST(AdtFaults, OmitMessageStructure) {
  const auto received = received_with(adt_fault::kOmitMessageStructure);
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].get_er7("MSH-9"), "ADT^A04");
  EXPECT_EQ(received[2].get_er7("MSH-9"), "ADT^A40");
  EXPECT_NE(findings_of(received[0]).find("MSH-9.3"), std::string::npos) << findings_of(received[0]);
}

TEST(AdtFaults, OmitPv1) {
  const auto received = received_with(adt_fault::kOmitPv1);
  ASSERT_EQ(received.size(), 3u);
  for (const auto& m : received) EXPECT_EQ(m.find("PV1"), nullptr);
  EXPECT_FALSE(findings_of(received[0]).empty());
}

TEST(AdtFaults, BadPatientClass) {
  const auto received = received_with(adt_fault::kBadPatientClass);
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].get("PV1-2"), "X");
  EXPECT_NE(findings_of(received[0]).find("PV1-2"), std::string::npos) << findings_of(received[0]);
}

TEST(AdtFaults, A40WithoutMrg) {
  const auto received = received_with(adt_fault::kA40WithoutMrg);
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[2].trigger_event(), "A40");
  EXPECT_EQ(received[2].find("MRG"), nullptr);
  EXPECT_NE(received[0].find("PID"), nullptr);
  EXPECT_FALSE(findings_of(received[2]).empty());
}

TEST(AdtFaults, NoFaultSendsAConformantMessage) {
  const auto received = received_with("");
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].get("PID-3.4"), "HOSP");
  EXPECT_EQ(received[0].get("MSH-9.3"), "ADT_A01");
  EXPECT_EQ(received[0].get("PV1-2"), "O");
  EXPECT_NE(received[2].find("MRG"), nullptr);
  for (const auto& m : received) EXPECT_EQ(findings_of(m), "");
}

}  // namespace
}  // namespace ihe::actors
