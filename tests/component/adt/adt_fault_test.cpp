// Each ADT fault switch really changes what goes on the wire.
#include <gtest/gtest.h>

#include "actors/adt/adt_faults.h"
#include "tests/component/adt/adt_fixture.h"

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

TEST(AdtFaults, OmitAssigningAuthority) {
  const auto received = received_with(adt_fault::kOmitAssigningAuthority);
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].get("PID-3.1"), "PAT001");
  EXPECT_EQ(received[0].get("PID-3.4"), "");
  EXPECT_EQ(received[2].get("MRG-1.1"), "PAT099");
  EXPECT_EQ(received[2].get("MRG-1.4"), "");
}

TEST(AdtFaults, OmitMessageStructure) {
  const auto received = received_with(adt_fault::kOmitMessageStructure);
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].get_er7("MSH-9"), "ADT^A04");
  EXPECT_EQ(received[2].get_er7("MSH-9"), "ADT^A40");
}

TEST(AdtFaults, OmitPv1) {
  const auto received = received_with(adt_fault::kOmitPv1);
  ASSERT_EQ(received.size(), 3u);
  for (const auto& m : received) EXPECT_EQ(m.find("PV1"), nullptr);
}

TEST(AdtFaults, BadPatientClass) {
  const auto received = received_with(adt_fault::kBadPatientClass);
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].get("PV1-2"), "X");
}

TEST(AdtFaults, A40WithoutMrg) {
  const auto received = received_with(adt_fault::kA40WithoutMrg);
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[2].trigger_event(), "A40");
  EXPECT_EQ(received[2].find("MRG"), nullptr);
  EXPECT_NE(received[0].find("PID"), nullptr);
}

TEST(AdtFaults, NoFaultSendsAConformantMessage) {
  const auto received = received_with("");
  ASSERT_EQ(received.size(), 3u);
  EXPECT_EQ(received[0].get("PID-3.4"), "HOSP");
  EXPECT_EQ(received[0].get("MSH-9.3"), "ADT_A01");
  EXPECT_EQ(received[0].get("PV1-2"), "O");
  EXPECT_NE(received[2].find("MRG"), nullptr);
}

}  // namespace
}  // namespace ihe::actors
