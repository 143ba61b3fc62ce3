#include "reports/writers/junit_xml.h"

#include <fmt/core.h>

#include <algorithm>

#include "reports/writers/report_queries.h"
#include "reports/writers/text_escape.h"

namespace ihe::reports {
namespace {

std::string attr(std::string_view text) {
  return xml_escaped(text, true);
}

// JUnit times are non-negative decimal seconds; a clock that went backwards must not make the file invalid.
std::string seconds(std::int64_t ms) {
  ms = std::max<std::int64_t>(ms, 0);
  return fmt::format("{}.{:03}", ms / 1000, ms % 1000);
}

// One line per finding and per step note, as the CI's test page shows the failure body.
std::string details(const ScenarioResult& scenario) {
  std::string text;
  for (const auto& step : scenario.steps) {
    if (step.verdict == Verdict::Pass && step.findings.empty()) continue;
    text += fmt::format("step {} ({}): {}{}\n", step.id, step.kind, to_string(step.verdict),
                        step.note.empty() ? "" : " - " + step.note);
    for (const auto& finding : step.findings) {
      text += "  " + finding.to_string();
      if (!finding.evidence_ids.empty()) {
        text += " evidence:";
        for (const auto& id : finding.evidence_ids) text += " " + id;
      }
      text += "\n";
    }
  }
  return text;
}

// The message attribute: the first thing that went wrong, so a CI summary line says why.
std::string first_problem(const ScenarioResult& scenario) {
  for (const auto& step : scenario.steps) {
    for (const auto& finding : step.findings)
      if (finding.severity == Severity::Error) return finding.to_string();
    if (step.verdict != Verdict::Pass && !step.note.empty()) return "step " + step.id + ": " + step.note;
  }
  return std::string(to_string(scenario.verdict));
}

std::string testcase(const ScenarioResult& scenario) {
  std::string xml =
      fmt::format("    <testcase classname=\"{}\" name=\"{}\" time=\"{}\">\n", attr(scenario.sut_role),
                  attr(scenario.id + " " + scenario.title), seconds(scenario.duration_ms));
  const auto body = xml_escaped(details(scenario), false);
  const auto message = attr(first_problem(scenario));
  const auto type = attr(to_string(scenario.verdict));
  switch (scenario.verdict) {
    case Verdict::Fail:
      xml += fmt::format("      <failure message=\"{}\" type=\"{}\">{}</failure>\n", message, type, body);
      break;
    case Verdict::Inconclusive:
    case Verdict::Error:
      xml += fmt::format("      <error message=\"{}\" type=\"{}\">{}</error>\n", message, type, body);
      break;
    case Verdict::Skipped:
      xml += fmt::format("      <skipped message=\"{}\"/>\n", message);
      break;
    case Verdict::Warning:
      xml += fmt::format("      <system-out>{}</system-out>\n", body);
      break;
    case Verdict::Pass:
      break;
  }
  return xml + "    </testcase>\n";
}

}  // namespace

std::string junit_xml(const RunReport& report) {
  const auto tests = report.scenarios.size();
  const auto failures = count_scenarios(report, Verdict::Fail);
  const auto errors =
      count_scenarios(report, Verdict::Error) + count_scenarios(report, Verdict::Inconclusive);
  const auto skipped = count_scenarios(report, Verdict::Skipped);
  const auto time = seconds(report.duration_ms);
  const auto& s = report.statement;
  std::string xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  xml += fmt::format(
      "<testsuites name=\"ihe-harness\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" "
      "time=\"{}\">\n",
      tests, failures, errors, skipped, time);
  // timestamp is an xs:dateTime to the consumers: left out rather than written empty.
  const auto timestamp = report.started_at.empty() ? "" : " timestamp=\"" + attr(report.started_at) + "\"";
  xml += fmt::format(
      "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" time=\"{}\"{}>\n",
      attr("ihe-harness " + report.target.sut_role + ": " + report.target.name), tests, failures, errors,
      skipped, time, timestamp);
  xml += "    <properties>\n";
  for (const auto& [name, value] : {std::pair<std::string_view, std::string>{"vendor", s.vendor},
                                    {"product", s.product},
                                    {"version", s.version},
                                    {"statement-date", s.date},
                                    {"target", report.target.name},
                                    {"result", std::string(to_string(overall_verdict(report)))},
                                    {"tool-version", report.tool_version}})
    xml += fmt::format("      <property name=\"{}\" value=\"{}\"/>\n", name, attr(value));
  xml += "    </properties>\n";
  for (const auto& scenario : report.scenarios) xml += testcase(scenario);
  xml += "  </testsuite>\n</testsuites>\n";
  return xml;
}

}  // namespace ihe::reports
