// The Order Placer's configuration: the annotated example loads, and every mistake names file and line.
#include <gtest/gtest.h>

#include "base/harness_error.h"
#include "tests/component/order_placer/op_fixture.h"
#include "tests/support/harness_error_text.h"

namespace ihe::actors {
namespace {

std::string error_of(const std::string& body) {
  return ihe::test::harness_error_of([&] {
    load_order_placer_config(
        xml::XmlFile::parse("<actor role=\"order-placer\">\n" + body + "</actor>\n", "op-test.xml")
            .root("actor"));
  });
}

TEST(OrderPlacerConfig, AnnotatedExampleLoads) {
  const OrderPlacerConfig config = test::example_config();
  EXPECT_EQ(config.identity.application, "OP_SIM");
  EXPECT_EQ(config.hl7_port, 2577);
  EXPECT_EQ(config.hl7_address, "0.0.0.0");
  ASSERT_TRUE(config.order_filler.has_value());
  EXPECT_EQ(config.order_filler->peer.port, 2576);
  ASSERT_EQ(config.orders.size(), 1u);
  const OrderMessage& order = config.orders[0];
  EXPECT_EQ(order.procedure.placer_order_number, "PLC1001^OP_SIM");
  EXPECT_EQ(order.procedure.codes.at(0).value, "CT-HEAD");
  EXPECT_EQ(order.procedure.steps.at(0).modality, "CT");
  EXPECT_EQ(order.procedure.steps.at(0).start_time, "090000");
  EXPECT_EQ(order.patient.name, "SMITH^ALICE");
}

TEST(OrderPlacerConfig, MistakesNameFileAndLine) {
  EXPECT_NE(
      error_of("<patient id=\"P\"/>\n<order placer=\"1\" patient=\"P\" code=\"C\"/>\n").find("op-test.xml:3"),
      std::string::npos);  // no <send-to>
  EXPECT_NE(
      error_of(
          "<send-to name=\"of\" endpoint=\"127.0.0.1:1\"/>\n<order placer=\"1\" patient=\"Q\" code=\"C\"/>\n")
          .find("'Q'"),
      std::string::npos);
  EXPECT_NE(
      error_of(
          "<send-to name=\"a\" endpoint=\"127.0.0.1:1\"/>\n<send-to name=\"b\" endpoint=\"127.0.0.1:2\"/>\n")
          .find("op-test.xml:3"),
      std::string::npos);
  EXPECT_NE(error_of("<hl7 port=\"70000\"/>\n").find("op-test.xml:2"), std::string::npos);
  EXPECT_NE(error_of("<hl7 address=\"localhost\"/>\n").find("op-test.xml:2: address 'localhost'"),
            std::string::npos);
  EXPECT_NE(error_of("<ordre/>\n").find("ordre"), std::string::npos);
}

}  // namespace
}  // namespace ihe::actors
