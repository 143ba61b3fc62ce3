#include "reports/writers/junit_xml.h"

#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "tests/reports/sample_report.h"

namespace ihe::reports {
namespace {

pugi::xml_node suite_of(pugi::xml_document& doc, const RunReport& report) {
  const auto xml = junit_xml(report);
  const auto parsed = doc.load_string(xml.c_str());
  EXPECT_TRUE(parsed) << parsed.description() << "\n" << xml;
  return doc.child("testsuites").child("testsuite");
}

TEST(JunitXml, OneTestcasePerScenarioNamedByRoleIdAndTitle) {
  pugi::xml_document doc;
  const auto suite = suite_of(doc, test::sample_run_report());
  EXPECT_EQ(std::distance(suite.children("testcase").begin(), suite.children("testcase").end()), 2);
  const auto first = suite.child("testcase");
  EXPECT_STREQ(first.attribute("classname").value(), "image-manager");
  EXPECT_STREQ(first.attribute("name").value(),
               "SWF-IM-010 MPPS and images of a scheduled procedure are accepted");
  EXPECT_STREQ(first.attribute("time").value(), "0.060");
  EXPECT_FALSE(first.first_child());  // a pass has no child
}

TEST(JunitXml, ANegativeDurationIsWrittenAsZero) {
  auto report = test::sample_run_report();
  report.scenarios[0].duration_ms = -50;
  pugi::xml_document doc;
  EXPECT_STREQ(suite_of(doc, report).child("testcase").attribute("time").value(), "0.000");
}

TEST(JunitXml, AFailCarriesItsFindingsAndTheCountsAddUp) {
  pugi::xml_document doc;
  const auto suite = suite_of(doc, test::sample_run_report());
  EXPECT_STREQ(suite.attribute("tests").value(), "2");
  EXPECT_STREQ(suite.attribute("failures").value(), "1");
  EXPECT_STREQ(suite.attribute("errors").value(), "0");
  EXPECT_STREQ(suite.attribute("skipped").value(), "0");
  const auto failure =
      suite.find_child_by_attribute("testcase", "classname", "image-manager").next_sibling().child("failure");
  ASSERT_TRUE(failure);
  EXPECT_NE(std::string(failure.attribute("message").value()).find("ERROR (0010,0010)"), std::string::npos);
  const std::string body = failure.text().get();
  EXPECT_NE(
      body.find("expected: DOE^JANE; actual: DOE^JOHN [RAD TF-2 4.12.4.1.3 (SHALL)] evidence: E0006 E0009"),
      std::string::npos)
      << body;
  EXPECT_NE(body.find("WARNING C-FIND"), std::string::npos) << body;
}

TEST(JunitXml, InconclusiveAndErrorAreErrorsSkippedIsSkippedWarningPasses) {
  auto report = test::sample_run_report();
  const auto base = report.scenarios[1];
  for (const auto verdict : {Verdict::Inconclusive, Verdict::Error, Verdict::Skipped, Verdict::Warning}) {
    auto scenario = base;
    scenario.id = "X-" + std::string(to_string(verdict));
    scenario.verdict = verdict;
    scenario.steps[1].verdict = verdict;
    scenario.steps[1].note = "because " + std::string(to_string(verdict));
    report.scenarios.push_back(scenario);
  }
  pugi::xml_document doc;
  const auto suite = suite_of(doc, report);
  EXPECT_STREQ(suite.attribute("tests").value(), "6");
  EXPECT_STREQ(suite.attribute("failures").value(), "1");
  EXPECT_STREQ(suite.attribute("errors").value(), "2");
  EXPECT_STREQ(suite.attribute("skipped").value(), "1");
  EXPECT_STREQ(doc.child("testsuites").attribute("errors").value(), "2");
  const auto testcase = [&](const std::string& id) {
    for (const auto node : suite.children("testcase"))
      if (std::string(node.attribute("name").value()).rfind(id + " ", 0) == 0) return node;
    return pugi::xml_node();
  };
  EXPECT_TRUE(testcase("X-INCONCLUSIVE").child("error"));
  EXPECT_STREQ(testcase("X-ERROR").child("error").attribute("type").value(), "ERROR");
  EXPECT_TRUE(testcase("X-SKIPPED").child("skipped"));
  EXPECT_FALSE(testcase("X-WARNING").child("failure"));
  EXPECT_NE(std::string(testcase("X-WARNING").child("system-out").text().get()).find("because WARNING"),
            std::string::npos);
}

TEST(JunitXml, HostileWireTextStaysWellFormedAndRoundTrips) {
  pugi::xml_document doc;
  const auto report = test::hostile_run_report();
  const auto suite = suite_of(doc, report);
  const auto failing = suite.child("testcase").next_sibling("testcase");
  EXPECT_EQ(std::string(failing.attribute("name").value()), "PIR-IM-020 " + report.scenarios[1].title);
  EXPECT_NE(std::string(failing.child("failure").text().get()).find("DOE^<script>JOHN</script>\xEF\xBF\xBD"),
            std::string::npos);
  EXPECT_STREQ(suite.child("properties").child("property").attribute("value").value(),
               report.statement.vendor.c_str());
}

}  // namespace
}  // namespace ihe::reports
