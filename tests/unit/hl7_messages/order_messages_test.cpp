#include <gtest/gtest.h>

#include "actors/common/hl7_messages/order_messages.h"
#include "actors/hl7/parse.h"
#include "actors/hl7/serialize.h"
#include "base/harness_error.h"
#include "tests/unit/hl7_messages/message_samples.h"

namespace ihe::actors {
namespace {

struct OrderCase {
  std::string control;
  std::string status;
  std::string version;
};

// What an order carries of the sample procedure (order_messages.h): no accession, RP ID or UID.
OrderMessage order(const OrderCase& c) {
  OrderMessage o;
  o.order_control = c.control;
  o.order_status = c.status;
  o.patient = test::patient();
  o.visit = test::visit();
  const RequestedProcedure full = test::procedure();
  o.procedure.patient_id = full.patient_id;
  o.procedure.codes = full.codes;
  o.procedure.requesting_physician = full.requesting_physician;
  o.procedure.priority = full.priority;
  o.procedure.placer_order_number = c.control == "SN" ? "" : full.placer_order_number;
  o.procedure.filler_order_number = c.control == "NW" ? "" : full.filler_order_number;
  ScheduledProcedureStep step;
  step.modality = "CT";
  step.start_date = "20240106";
  step.start_time = "090000";
  o.procedure.steps = {step};
  return o;
}

void PrintTo(const OrderCase& c, std::ostream* out) {
  *out << c.control << "/" << c.status << " v" << c.version;
}

class OrderBuilder : public ::testing::TestWithParam<OrderCase> {};

TEST_P(OrderBuilder, OutputPassesTheValidatorAndReadsBack) {
  const OrderCase& c = GetParam();
  const hl7::Message message = test::as_sent(build_order(order(c), c.version));
  EXPECT_EQ(message.message_type(), c.version == "2.5.1" ? "OMG" : "ORM");
  EXPECT_EQ(test::errors(message, c.version, std::string(order_transaction(c.control))),
            std::vector<std::string>{});
  const auto parsed = hl7::parse(hl7::serialize(message));
  ASSERT_TRUE(parsed.ok());
  const auto read = read_order(parsed.message());
  ASSERT_TRUE(read.ok()) << read.error().description;
  EXPECT_EQ(read.value(), order(c));
}

std::vector<OrderCase> all_cases() {
  std::vector<OrderCase> cases;
  for (const char* version : {"2.5.1", "2.3.1"})
    for (const auto& [control, status] : std::vector<std::pair<std::string, std::string>>{
             {"NW", ""}, {"CA", ""}, {"SN", ""}, {"OC", "CA"}, {"SC", "IP"}, {"SC", "CM"}})
      cases.push_back({control, status, version});
  return cases;
}

INSTANTIATE_TEST_SUITE_P(AllControls, OrderBuilder, ::testing::ValuesIn(all_cases()),
                         [](const auto& param_info) {
                           return param_info.param.control + param_info.param.status + "_v" +
                                  (param_info.param.version == "2.5.1" ? "251" : "231");
                         });

TEST(OrderMessages, PlacerAndFillerSidesAreDifferentTransactions) {
  EXPECT_EQ(order_transaction("NW"), "RAD-2");
  EXPECT_EQ(order_transaction("SC"), "RAD-3");
  EXPECT_EQ(order_transaction("XO"), "");
  EXPECT_THROW(build_order(order({"XX", "", "2.5.1"})), HarnessError);
}

TEST(OrderMessages, ResponseRoundTripsInBothVersions) {
  for (const char* version : {"2.5.1", "2.3.1"}) {
    const OrderResponse response{"NA", "PLC1001^OP_APP", "FIL2002^OF_APP"};
    const hl7::Message message = build_order_response(response, version);
    EXPECT_EQ(message.message_type(), std::string(version) == "2.5.1" ? "ORG" : "ORR");
    const auto read = read_order_response(message);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value(), response);
  }
}

TEST(OrderMessages, ReaderNamesTheMissingSegmentOrField) {
  hl7::Message no_orc = build_order(order({"NW", "", "2.5.1"}));
  std::erase_if(no_orc.segments(), [](const hl7::Segment& s) { return s.id == "ORC"; });
  const auto missing_orc = read_order(no_orc);
  ASSERT_FALSE(missing_orc.ok());
  EXPECT_EQ(missing_orc.error().segment, "ORC");

  hl7::Message no_numbers = build_order(order({"NW", "", "2.5.1"}));
  no_numbers.set("ORC-2.1", "");
  no_numbers.set("ORC-2.2", "");
  no_numbers.set("OBR-2.1", "");
  no_numbers.set("OBR-2.2", "");
  const auto missing_numbers = read_order(no_numbers);
  ASSERT_FALSE(missing_numbers.ok());
  EXPECT_EQ(missing_numbers.error().field, 2u);

  hl7::Message no_pid = build_order(order({"NW", "", "2.3.1"}));
  std::erase_if(no_pid.segments(), [](const hl7::Segment& s) { return s.id == "PID"; });
  ASSERT_FALSE(read_order(no_pid).ok());
  EXPECT_EQ(read_order(no_pid).error().segment, "PID");

  hl7::Message rejection = build_order_response({"OK", "PLC1001", ""});
  std::erase_if(rejection.segments(), [](const hl7::Segment& s) { return s.id == "ORC"; });
  EXPECT_EQ(read_order_response(rejection).error().segment, "ORC");
}

}  // namespace
}  // namespace ihe::actors
