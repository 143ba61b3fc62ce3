#include <gtest/gtest.h>

#include "actors/common/hl7_messages/adt_messages.h"
#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"
#include "base/harness_error.h"
#include "tests/unit/hl7_messages/message_samples.h"

namespace ihe::actors {
namespace {

struct AdtCase {
  std::string trigger;
  std::string version;
};

void PrintTo(const AdtCase& c, std::ostream* out) {
  *out << c.trigger << " v" << c.version;
}

class AdtBuilder : public ::testing::TestWithParam<AdtCase> {};

AdtEvent event(const std::string& trigger) {
  AdtEvent e;
  e.trigger = trigger;
  e.patient = test::patient();
  e.visit = test::visit();
  e.recorded_time = "20240105083000";
  if (trigger == "A40") e.prior = {"PAT099", "HOSP"};
  return e;
}

TEST_P(AdtBuilder, OutputPassesTheValidatorAndReadsBack) {
  const auto& [trigger, version] = GetParam();
  const hl7::Message message = build_adt(event(trigger), version);
  const hl7::Message sent = test::as_sent(message);
  EXPECT_EQ(test::errors(sent, version, std::string(adt_transaction(trigger))), std::vector<std::string>{});
  EXPECT_EQ(sent.get("MSH-9.3"), version == "2.5.1" ? std::string(adt_structure(trigger)) : "");
  EXPECT_EQ(sent.get("MSH-12"), version);

  // Through the wire format and back.
  const auto parsed = hl7::parse(hl7::serialize(sent));
  ASSERT_TRUE(parsed.ok());
  const auto read = read_adt(parsed.message());
  ASSERT_TRUE(read.ok()) << read.error().description;
  EXPECT_EQ(read.value(), event(trigger));
}

std::vector<AdtCase> all_cases() {
  std::vector<AdtCase> cases;
  for (const char* version : {"2.5.1", "2.3.1"})
    for (const char* trigger :
         {"A01", "A04", "A05", "A08", "A11", "A38", "A02", "A03", "A06", "A07", "A12", "A13", "A40"})
      cases.push_back({trigger, version});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(AllEvents, AdtBuilder, ::testing::ValuesIn(all_cases()), [](const auto& param_info) {
  return param_info.param.trigger + "_v" + (param_info.param.version == "2.5.1" ? "251" : "231");
});

TEST(AdtMessages, TheValidatorHookSeesABrokenMessage) {
  hl7::Message broken = test::as_sent(build_adt(event("A04")));
  broken.set("PID-3.1", "");
  EXPECT_FALSE(test::errors(broken, "2.5.1", "RAD-1").empty());
}

TEST(AdtMessages, A40CarriesPriorIdentityInMrg1) {
  const hl7::Message message = build_adt(event("A40"));
  EXPECT_EQ(message.get("MRG-1.1"), "PAT099");
  EXPECT_EQ(message.get("MRG-1.4.1"), "HOSP");
  EXPECT_EQ(message.get("PID-3.1"), "PAT001");
  const auto merge = read_merge(message);
  ASSERT_TRUE(merge.ok());
  EXPECT_EQ(merge.value().surviving.id, "PAT001");
  EXPECT_EQ(merge.value().prior, (PriorIdentity{"PAT099", "HOSP"}));
}

TEST(AdtMessages, PersonNamesSwapPrefixAndSuffixIntoXpnOrder) {
  AdtEvent e = event("A08");
  e.patient.name = "SMITH^ALICE^Q^DR^JR";  // DICOM PN: family^given^middle^prefix^suffix
  e.visit.referring_doctor = "REFER^ROBERT^^PROF";
  const hl7::Message message = build_adt(e);
  EXPECT_EQ(message.get("PID-5.4"), "JR");  // XPN: family^given^middle^suffix^prefix
  EXPECT_EQ(message.get("PID-5.5"), "DR");
  EXPECT_EQ(message.get("PV1-8.1"), "");  // XCN: ID first
  EXPECT_EQ(message.get("PV1-8.2"), "REFER");
  EXPECT_EQ(message.get("PV1-8.6"), "PROF");  // XCN-6 prefix
  EXPECT_EQ(read_adt(message).value(), e);
}

TEST(AdtMessages, TransactionsFollowTheTrigger) {
  EXPECT_EQ(adt_transaction("A04"), "RAD-1");
  EXPECT_EQ(adt_transaction("A08"), "RAD-12");
  EXPECT_EQ(adt_structure("A11"), "ADT_A09");
  EXPECT_FALSE(is_adt_trigger("A99"));
}

TEST(AdtMessages, UnknownTriggerOrA40WithoutPriorIdIsACallerBug) {
  EXPECT_THROW(build_adt(event("A99")), HarnessError);
  AdtEvent merge = event("A40");
  merge.prior = {};
  EXPECT_THROW(build_adt(merge), HarnessError);
}

TEST(AdtMessages, ReaderNamesTheMissingSegmentOrField) {
  hl7::Message no_pid = build_adt(event("A08"));
  std::erase_if(no_pid.segments(), [](const hl7::Segment& s) { return s.id == "PID"; });
  const auto missing_pid = read_adt(no_pid);
  ASSERT_FALSE(missing_pid.ok());
  EXPECT_EQ(missing_pid.error().segment, "PID");
  EXPECT_NE(missing_pid.error().description.find("PID"), std::string::npos);

  hl7::Message no_id = build_adt(event("A08"));
  no_id.set("PID-3.1", "");
  const auto missing_id = read_adt(no_id);
  ASSERT_FALSE(missing_id.ok());
  EXPECT_EQ(missing_id.error().field, 3u);
  EXPECT_NE(missing_id.error().description.find("PID-3.1"), std::string::npos);

  hl7::Message no_mrg = build_adt(event("A40"));
  std::erase_if(no_mrg.segments(), [](const hl7::Segment& s) { return s.id == "MRG"; });
  const auto missing_mrg = read_merge(no_mrg);
  ASSERT_FALSE(missing_mrg.ok());
  EXPECT_EQ(missing_mrg.error().segment, "MRG");

  EXPECT_FALSE(read_merge(build_adt(event("A08"))).ok());
}

}  // namespace
}  // namespace ihe::actors
