// The ADT's configuration: the annotated example loads, and every mistake names file and line.
#include <gtest/gtest.h>

#include "actors/adt/adt_config.h"
#include "base/harness_error.h"
#include "tests/component/adt/adt_fixture.h"
#include "tests/support/harness_error_text.h"

namespace ihe::actors {
namespace {

AdtConfig load(const std::string& body) {
  const auto file = xml::XmlFile::parse("<actor role=\"adt\">\n" + body + "</actor>\n", "adt-test.xml");
  return load_adt_config(file.root("actor"));
}

std::string error_of(const std::string& body) {
  return ihe::test::harness_error_of([&] { load(body); });
}

TEST(AdtConfig, AnnotatedExampleLoads) {
  const AdtConfig config = test::example_config();
  EXPECT_EQ(config.identity.application, "ADT_SIM");
  EXPECT_EQ(config.identity.version, "2.5.1");
  ASSERT_EQ(config.destinations.size(), 2u);
  EXPECT_EQ(config.destinations[0].name, "order-placer");
  EXPECT_EQ(config.destinations[1].peer.receiving_application, "OF_APP");
  ASSERT_EQ(config.events.size(), 3u);
  EXPECT_EQ(config.events[1].patient.name, "SILVERHEELS^JAY");
  EXPECT_EQ(config.events[2].prior, (PriorIdentity{"PAT099", "HOSP"}));
}

TEST(AdtConfig, DefaultsWithoutAFile) {
  const AdtConfig config = load("");
  EXPECT_EQ(config.identity.application, "ADT_SIM");
  EXPECT_TRUE(config.destinations.empty());
  EXPECT_TRUE(config.events.empty());
}

TEST(AdtConfig, MistakesNameFileAndLine) {
  EXPECT_NE(error_of("<event trigger=\"A99\" patient=\"P\"/>\n").find("adt-test.xml:2"), std::string::npos);
  EXPECT_NE(error_of("<patient id=\"P\"/>\n<event trigger=\"A04\" patient=\"Q\"/>\n").find("'Q'"),
            std::string::npos);
  EXPECT_NE(error_of("<patient id=\"P\"/>\n<event trigger=\"A40\" patient=\"P\"/>\n").find("prior"),
            std::string::npos);
  EXPECT_NE(error_of("<send-to name=\"x\" endpoint=\"nohost\"/>\n").find("adt-test.xml:2"),
            std::string::npos);
  EXPECT_NE(error_of("<hl7 version=\"2.4\"/>\n").find("2.4"), std::string::npos);
  EXPECT_NE(error_of("<hl7 port=\"2575\"/>\n").find("port"), std::string::npos);
  EXPECT_NE(error_of("<hl7 address=\"127.0.0.1\"/>\n").find("only sends"), std::string::npos);
  EXPECT_NE(error_of("<hl7 applicaton=\"X\"/>\n").find("applicaton"), std::string::npos);
}

}  // namespace
}  // namespace ihe::actors
