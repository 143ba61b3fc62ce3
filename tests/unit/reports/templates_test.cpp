#include "reports/templates/templates.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "base/harness_error.h"
#include "tests/support/net_util.h"

namespace ihe::reports {
namespace {

TEST(ReportTemplates, EveryTemplateFileIsEmbedded) {
  for (const auto* name : {"page.html", "scenario.html", "step.html", "report.css", "report.js"})
    EXPECT_GT(template_text(name).size(), 100u) << name;
  EXPECT_NE(template_text("page.html").find("<!DOCTYPE html>"), std::string_view::npos);
  EXPECT_THROW(template_text("absent.html"), HarnessError);
}

// The build step embeds the files as they are in the source tree, byte for byte (and again after an edit:
// the generated header depends on them).
TEST(ReportTemplates, EmbeddedBytesEqualTheSourceFiles) {
  for (const auto* name : {"page.html", "scenario.html", "step.html", "report.css", "report.js"}) {
    std::ifstream in(ihe::test::source_dir() / "reports/templates" / name, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    EXPECT_EQ(template_text(name), text.str()) << name;
  }
}

TEST(ReportTemplates, RenderFillsEveryPlaceholderOnceWithoutReexpandingValues) {
  const auto html = render("step.html", {{"anchor", "s1"},
                                         {"verdict_class", "pass"},
                                         {"verdict", "PASS"},
                                         {"id", "{{id}}"},
                                         {"kind", "send"},
                                         {"title", "T"},
                                         {"duration", "5 ms"},
                                         {"note", ""},
                                         {"findings", ""},
                                         {"evidence", ""}});
  EXPECT_NE(html.find("<li class=\"step\" id=\"s1\">"), std::string::npos);
  EXPECT_NE(html.find("<code>{{id}}</code>"), std::string::npos);
  EXPECT_EQ(html.find("{{anchor}}"), std::string::npos);
}

TEST(ReportTemplates, AMissingOrUnusedValueIsAHarnessBugNamingTheKey) {
  try {
    render("step.html", {{"anchor", "s1"}});
    FAIL() << "no exception";
  } catch (const HarnessError& error) {
    EXPECT_NE(std::string(error.what()).find("step.html: no value for {{verdict_class}}"), std::string::npos)
        << error.what();
  }
  TemplateValues values{{"anchor", ""},   {"verdict_class", ""}, {"verdict", ""},  {"id", ""},
                        {"kind", ""},     {"title", ""},         {"duration", ""}, {"note", ""},
                        {"findings", ""}, {"evidence", ""},      {"extra", ""}};
  EXPECT_THROW(render("step.html", values), HarnessError);
}

}  // namespace
}  // namespace ihe::reports
