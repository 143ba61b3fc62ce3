#include "reports/writers/report_html.h"

#include <gtest/gtest.h>

#include <regex>

#include "tests/reports/sample_report.h"

namespace ihe::reports {
namespace {

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

TEST(ReportHtml, HeaderClaimsTableFirstThenAccreditationThenScenarios) {
  const auto html = report_html(test::sample_run_report());
  EXPECT_NE(html.find("<dd id=\"vendor\">Example Imaging Ltd</dd>"), std::string::npos);
  EXPECT_NE(html.find("id=\"overall-result\">FAIL</div>"), std::string::npos);
  const auto claims = html.find("id=\"claims-table\"");
  const auto accreditation = html.find("id=\"item-hl7-integration\"");
  const auto scenarios = html.find("<article class=\"scenario\"");
  EXPECT_LT(claims, accreditation);
  EXPECT_LT(accreditation, scenarios);
  EXPECT_NE(scenarios, std::string::npos);
  EXPECT_EQ(count(html, "<tr class=\"claim\" id="), 2u);
  // The failing claim's row links to the scenario behind it.
  EXPECT_NE(
      html.find("<td><span class=\"verdict v-fail\">FAIL</span></td><td><a href=\"#scenario-2-PIR-IM-020\">"
                "PIR-IM-020</a>"),
      std::string::npos);
  EXPECT_NE(html.find("<article class=\"scenario\" id=\"scenario-2-PIR-IM-020\">"), std::string::npos);
}

TEST(ReportHtml, EachScenarioHasADiagramStepsFindingsAndEvidenceOneClickAway) {
  const auto html = report_html(test::sample_run_report());
  EXPECT_EQ(count(html, "<svg "), 2u);
  EXPECT_NE(html.find("<td>DOE^JANE</td><td>DOE^JOHN</td><td>RAD TF-2 4.12.4.1.3 (SHALL)</td>"),
            std::string::npos);
  // Finding -> evidence link and the <details> it opens.
  EXPECT_NE(html.find("<a href=\"#scenario-2-PIR-IM-020-ev-4\">E0009</a>"), std::string::npos);
  EXPECT_NE(html.find("<details id=\"scenario-2-PIR-IM-020-ev-4\" class=\"ev-dimse bad\">"),
            std::string::npos);
  EXPECT_EQ(count(html, "<details "), 10u);
  // A step links the evidence it produced.
  EXPECT_NE(html.find("<span class=\"step-evidence\"><a href=\"#scenario-1-SWF-IM-010-ev-4\">E0004</a> "
                      "<a href=\"#scenario-1-SWF-IM-010-ev-5\">E0005</a> </span>"),
            std::string::npos);  // every evidence once, in its scenario
  EXPECT_NE(html.find("MSH|^~\\&amp;|ADT|HOSP|"), std::string::npos);
}

TEST(ReportHtml, ScenariosLinkBackToTheClaimsTheyCover) {
  const auto html = report_html(test::sample_run_report());
  EXPECT_NE(html.find("<tr class=\"claim\" id=\"claim-2\"><td>PIR</td>"), std::string::npos);
  EXPECT_NE(html.find("<dt>Covers</dt><dd><a href=\"#claim-2\">PIR IM</a> </dd>"), std::string::npos);
}

TEST(ReportHtml, EvidenceNoStepNamesIsListedAtTheEndNotDropped) {
  auto report = test::sample_run_report();
  EXPECT_EQ(report_html(report).find("id=\"unattributed\""), std::string::npos);
  report.evidence.push_back({"E0099", EvidenceKind::Note, 9, "operator", "", "", "stray <note>", "text"});
  const auto html = report_html(report);
  EXPECT_NE(html.find("<section id=\"unattributed\">"), std::string::npos);
  EXPECT_NE(html.find("<details id=\"evidence-11\" class=\"ev-note\"><summary><code>E0099</code>"),
            std::string::npos);
  EXPECT_NE(html.find("stray &lt;note&gt;"), std::string::npos);
}

TEST(ReportHtml, SelfContainedNoAttributeFetchesAnything) {
  const auto html = report_html(test::sample_run_report());
  EXPECT_EQ(count(html, " src="), 0u);
  EXPECT_EQ(count(html, "<link"), 0u);
  const std::regex href("href=\"([^\"]*)\"");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), href); it != std::sregex_iterator(); ++it)
    EXPECT_EQ((*it)[1].str().rfind('#', 0), 0u) << (*it)[0].str();
  EXPECT_NE(html.find("Content-Security-Policy\" content=\"default-src 'none'"), std::string::npos);
}

TEST(ReportHtml, HostileTextNeverBecomesMarkup) {
  const auto html = report_html(test::hostile_run_report());
  EXPECT_EQ(count(html, "<script"), 1u);  // the page's own
  EXPECT_EQ(count(html, "<img"), 0u);
  EXPECT_EQ(count(html, "</style>"), 1u);
  EXPECT_EQ(count(html, "onmouseover='"), 0u);
  EXPECT_NE(
      html.find(
          "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;quoted&quot; &#39;single&#39;"),
      std::string::npos);
  EXPECT_NE(html.find("Smith &amp; Sons &quot;&lt;b&gt;Imaging&lt;/b&gt;&quot;"), std::string::npos);
  EXPECT_NE(html.find("M\xC3\xBCller"), std::string::npos);
  for (const char c : html) {
    const auto u = static_cast<unsigned char>(c);
    EXPECT_TRUE(u >= 0x20 || c == '\n' || c == '\t') << "raw control character " << static_cast<int>(u);
    EXPECT_TRUE(u != 0xFF && u != 0xFE);
  }
}

}  // namespace
}  // namespace ihe::reports
