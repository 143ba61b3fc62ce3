#include "reports/writers/html_scenario.h"

#include <fmt/core.h>

#include <algorithm>
#include <map>

#include "reports/templates/templates.h"
#include "reports/writers/html_parts.h"
#include "reports/writers/report_queries.h"
#include "reports/writers/sequence_diagram.h"
#include "reports/writers/text_escape.h"

namespace ihe::reports::html {
namespace {

using Anchors = std::map<std::string, std::string, std::less<>>;  // evidence id -> <details> id

std::string evidence_links(const std::vector<std::string>& ids, const Anchors& anchors) {
  std::string out;
  for (const auto& id : ids) {
    const auto it = anchors.find(id);
    out +=
        it == anchors.end()
            ? fmt::format("<span class=\"missing\" title=\"not in this report\">{}</span> ", html_escaped(id))
            : fmt::format("<a href=\"#{}\">{}</a> ", it->second, html_escaped(id));
  }
  return out;
}

std::string findings_table(const StepResult& step, const Anchors& anchors) {
  if (step.findings.empty()) return {};
  std::string rows;
  for (const auto& f : step.findings) {
    rows += fmt::format(
        "<tr><td class=\"sev-{}\">{}</td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td>"
        "<td>{}</td><td>{}</td></tr>\n",
        css_name(to_string(f.severity)), to_string(f.severity), html_escaped(f.location),
        html_escaped(f.message), html_escaped(f.expected),
        f.actual.empty() ? "<i>(empty)</i>" : html_escaped(f.actual), html_escaped(f.spec_ref.to_string()),
        evidence_links(f.evidence_ids, anchors));
  }
  return "<table "
         "class=\"findings\"><thead><tr><th>Severity</th><th>Location</th><th>Rule</th><th>Expected</th>"
         "<th>Actual</th><th>Requirement</th><th>Evidence</th></tr></thead><tbody>\n" +
         rows + "</tbody></table>";
}

std::string step_item(const StepResult& step, const std::string& anchor, const Anchors& anchors) {
  return render("step.html",
                {{"anchor", anchor},
                 {"verdict_class", verdict_class(step.verdict)},
                 {"verdict", std::string(to_string(step.verdict))},
                 {"id", html_escaped(step.id)},
                 {"kind", html_escaped(step.kind)},
                 {"title", html_escaped(step.title)},
                 {"duration", duration(step.duration_ms)},
                 {"note", step.note.empty() ? "" : "<p class=\"note\">" + html_escaped(step.note) + "</p>"},
                 {"findings", findings_table(step, anchors)},
                 {"evidence", evidence_links(step.evidence_ids, anchors)}});
}

// Links to the claims table rows this scenario gives evidence for; a claim the statement does not make
// (the run plan would not select such a scenario) is shown as plain text.
std::string covers(const RunReport& report, const ScenarioResult& scenario) {
  std::string out;
  for (const auto& claim : scenario.covers) {
    const auto it = std::find_if(report.claims.begin(), report.claims.end(),
                                 [&claim](const ClaimResult& c) { return c.claim == claim; });
    const auto label = html_escaped(claim_label(claim));
    out += it == report.claims.end()
               ? label + " "
               : fmt::format("<a href=\"#{}\">{}</a> ",
                             claim_anchor(static_cast<std::size_t>(it - report.claims.begin())), label);
  }
  return out.empty() ? "-" : out;
}

}  // namespace

std::string scenario_section(const RunReport& report, std::size_t index) {
  const auto& scenario = report.scenarios.at(index);
  const auto anchor = scenario_anchor(index, scenario.id);
  const auto evidence = scenario_evidence(report, scenario);
  const auto failing = failing_evidence_ids(scenario);
  Anchors anchors;
  std::vector<DiagramEntry> entries;
  std::string blocks;
  for (std::size_t k = 0; k < evidence.size(); ++k) {
    const auto ev_anchor = fmt::format("{}-ev-{}", anchor, k + 1);
    const bool bad = std::find(failing.begin(), failing.end(), evidence[k]->id) != failing.end();
    anchors.emplace(evidence[k]->id, ev_anchor);
    entries.push_back({evidence[k], ev_anchor, bad});
    blocks += evidence_block(*evidence[k], ev_anchor, bad);
  }
  std::string steps;
  for (std::size_t k = 0; k < scenario.steps.size(); ++k)
    steps += step_item(scenario.steps[k], fmt::format("{}-step-{}", anchor, k + 1), anchors);
  return render("scenario.html",
                {{"anchor", anchor},
                 {"verdict_class", verdict_class(scenario.verdict)},
                 {"verdict", std::string(to_string(scenario.verdict))},
                 {"id", html_escaped(scenario.id)},
                 {"title", html_escaped(scenario.title)},
                 {"sut_role", html_escaped(scenario.sut_role)},
                 {"transactions", joined(scenario.transactions)},
                 {"covers", covers(report, scenario)},
                 {"follows", joined(scenario.follows)},
                 {"duration", duration(scenario.duration_ms)},
                 {"diagram", entries.empty() ? "<p class=\"hint\">No evidence was recorded.</p>"
                                             : sequence_diagram_svg(entries, anchor)},
                 {"steps", steps},
                 {"evidence", blocks.empty() ? "<p class=\"hint\">None.</p>" : blocks}});
}

}  // namespace ihe::reports::html
