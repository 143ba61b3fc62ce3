#include "reports/writers/report_html.h"

#include <fmt/core.h>

#include <algorithm>

#include "reports/templates/templates.h"
#include "reports/writers/accreditation.h"
#include "reports/writers/html_parts.h"
#include "reports/writers/html_scenario.h"
#include "reports/writers/report_queries.h"
#include "reports/writers/text_escape.h"

namespace ihe::reports {
namespace {

using html::joined;
using html::verdict_class;

std::string badge(Verdict verdict) {
  return fmt::format("<span class=\"verdict v-{}\">{}</span>", verdict_class(verdict), to_string(verdict));
}

std::string claim_rows(const RunReport& report) {
  std::string rows;
  for (std::size_t i = 0; i < report.claims.size(); ++i) {
    const auto& c = report.claims[i];
    rows += fmt::format(
        "      <tr class=\"claim\" "
        "id=\"{}\"><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>\n",
        html::claim_anchor(i), html_escaped(c.claim.profile), html_escaped(c.claim.actor),
        c.claim.option.empty() ? "<i>baseline</i>" : html_escaped(c.claim.option), badge(c.verdict),
        html::scenario_links(report, c.scenario_ids), html_escaped(c.note));
  }
  if (rows.empty()) rows = "      <tr><td colspan=\"6\">The statement makes no claim.</td></tr>\n";
  return rows;
}

std::string accreditation_rows(const RunReport& report) {
  std::string rows;
  for (const auto& item : accreditation_items(report)) {
    std::string basis;
    if (!item.examined) basis = "Not examined by this run. ";
    if (!item.transactions.empty()) basis += "Transactions: " + joined(item.transactions) + ". ";
    if (!item.scenario_ids.empty()) basis += "Scenarios: " + html::scenario_links(report, item.scenario_ids);
    if (!item.claims.empty()) basis += "Claims: " + joined(item.claims) + ".";
    rows += fmt::format("      <tr id=\"item-{}\"><td>{}</td><td>{}</td><td>{}</td></tr>\n", item.key,
                        html_escaped(item.question), badge(item.verdict), basis);
  }
  return rows;
}

std::string endpoints(const Target& target) {
  std::vector<std::string> parts;
  if (target.dicom.port != 0)
    parts.push_back(
        fmt::format("DICOM {}@{}:{}", target.dicom.ae_title, target.dicom.host, target.dicom.port));
  if (target.hl7.port != 0)
    parts.push_back(fmt::format("HL7 v{} {}^{} at {}:{}", target.hl7.version, target.hl7.application,
                                target.hl7.facility, target.hl7.host, target.hl7.port));
  return joined(parts);
}

std::string scenario_counts(const RunReport& report) {
  std::string text = fmt::format("{} run", report.scenarios.size());
  for (const auto verdict : {Verdict::Pass, Verdict::Fail, Verdict::Warning, Verdict::Inconclusive,
                             Verdict::Skipped, Verdict::Error})
    if (const auto n = count_scenarios(report, verdict); n > 0)
      text += fmt::format(", {} {}", n, to_string(verdict));
  return text;
}

// Evidence no step or finding names (the runner recorded it but attributed it to nothing): listed at the
// end so the report hides nothing it was given.
std::string unattributed_evidence(const RunReport& report) {
  std::vector<const Evidence*> named;
  for (const auto& scenario : report.scenarios)
    for (const auto* evidence : scenario_evidence(report, scenario)) named.push_back(evidence);
  std::string blocks;
  for (const auto& evidence : report.evidence)
    if (std::find(named.begin(), named.end(), &evidence) == named.end())
      blocks += html::evidence_block(
          evidence, fmt::format("evidence-{}", &evidence - report.evidence.data() + 1), false);
  if (blocks.empty()) return {};
  return "<section id=\"unattributed\">\n  <h2>Evidence outside any scenario</h2>\n" + blocks + "</section>";
}

}  // namespace

std::string report_html(const RunReport& report) {
  std::string scenarios;
  for (std::size_t i = 0; i < report.scenarios.size(); ++i) scenarios += html::scenario_section(report, i);
  if (scenarios.empty()) scenarios = "<p class=\"hint\">No scenario ran.</p>";
  const auto result = overall_verdict(report);
  const auto& s = report.statement;
  return render("page.html", {{"tool_version", html_escaped(report.tool_version)},
                              {"product", html_escaped(s.product)},
                              {"version", html_escaped(s.version)},
                              {"vendor", html_escaped(s.vendor)},
                              {"statement_date", html_escaped(s.date)},
                              {"result", std::string(to_string(result))},
                              {"result_class", verdict_class(result)},
                              {"target", html_escaped(report.target.name)},
                              {"sut_role", html_escaped(report.target.sut_role)},
                              {"endpoints", endpoints(report.target)},
                              {"started_at", html_escaped(report.started_at)},
                              {"duration", html::duration(report.duration_ms)},
                              {"scenario_counts", scenario_counts(report)},
                              {"css", std::string(template_text("report.css"))},
                              {"js", std::string(template_text("report.js"))},
                              {"claim_rows", claim_rows(report)},
                              {"accreditation_rows", accreditation_rows(report)},
                              {"scenarios", scenarios},
                              {"unattributed", unattributed_evidence(report)}});
}

}  // namespace ihe::reports
