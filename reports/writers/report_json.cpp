#include "reports/writers/report_json.h"

#include "reports/writers/accreditation.h"
#include "reports/writers/json_out.h"
#include "reports/writers/report_queries.h"

namespace ihe::reports {
namespace {

void claim_members(JsonOut& out, const Claim& claim) {
  out.member("profile", claim.profile).member("actor", claim.actor).member("option", claim.option);
}

void write_statement(JsonOut& out, const IntegrationStatement& statement) {
  out.key("statement").begin_object();
  out.member("vendor", statement.vendor).member("product", statement.product);
  out.member("version", statement.version).member("date", statement.date);
  out.key("claims").begin_array();
  for (const auto& claim : statement.claims) {
    out.begin_object();
    claim_members(out, claim);
    out.end_object();
  }
  out.end_array().end_object();
}

void write_dicom(JsonOut& out, std::string_view name, const DicomService& dicom) {
  if (dicom.port == 0) return;
  out.key(name).begin_object();
  out.member("ae_title", dicom.ae_title).member("host", dicom.host).member("port", int{dicom.port});
  out.end_object();
}

void write_hl7(JsonOut& out, std::string_view name, const Hl7Service& hl7) {
  if (hl7.port == 0) return;
  out.key(name).begin_object();
  out.member("host", hl7.host).member("port", int{hl7.port}).member("application", hl7.application);
  out.member("facility", hl7.facility).member("version", hl7.version);
  out.end_object();
}

void write_target(JsonOut& out, const Target& target) {
  out.key("target").begin_object();
  out.member("name", target.name).member("sut_role", target.sut_role);
  write_dicom(out, "dicom", target.dicom);
  write_hl7(out, "hl7", target.hl7);
  out.key("harness").begin_object();
  write_dicom(out, "dicom", target.harness_dicom);
  write_hl7(out, "hl7", target.harness_hl7);
  out.end_object();
  out.member("timeout_seconds", target.timeout_seconds);
  out.end_object();
}

void write_summary(JsonOut& out, const RunReport& report) {
  out.key("summary").begin_object();
  out.member("scenarios", static_cast<std::int64_t>(report.scenarios.size()));
  for (const auto verdict : {Verdict::Pass, Verdict::Fail, Verdict::Warning, Verdict::Inconclusive,
                             Verdict::Skipped, Verdict::Error})
    out.member(to_string(verdict), count_scenarios(report, verdict));
  out.end_object();
}

void write_claims(JsonOut& out, const RunReport& report) {
  out.key("claims").begin_array();
  for (const auto& claim : report.claims) {
    out.begin_object();
    claim_members(out, claim.claim);
    out.member("verdict", to_string(claim.verdict));
    out.key("scenarios").strings(claim.scenario_ids);
    out.member("note", claim.note);
    out.end_object();
  }
  out.end_array();
}

void write_finding(JsonOut& out, const Finding& finding) {
  out.begin_object();
  out.member("severity", to_string(finding.severity));
  out.key("spec_ref").begin_object();
  out.member("document", finding.spec_ref.document).member("section", finding.spec_ref.section);
  out.member("strength", to_string(finding.spec_ref.strength)).end_object();
  out.member("location", finding.location).member("message", finding.message);
  out.member("expected", finding.expected).member("actual", finding.actual);
  out.key("evidence_ids").strings(finding.evidence_ids);
  out.end_object();
}

void write_step(JsonOut& out, const StepResult& step) {
  out.begin_object();
  out.member("id", step.id).member("kind", step.kind).member("title", step.title);
  out.member("verdict", to_string(step.verdict)).member("note", step.note);
  out.member("duration_ms", step.duration_ms);
  out.key("findings").begin_array();
  for (const auto& finding : step.findings) write_finding(out, finding);
  out.end_array();
  out.key("evidence_ids").strings(step.evidence_ids);
  out.end_object();
}

void write_scenarios(JsonOut& out, const RunReport& report) {
  out.key("scenarios").begin_array();
  for (const auto& scenario : report.scenarios) {
    out.begin_object();
    out.member("id", scenario.id).member("title", scenario.title).member("sut", scenario.sut_role);
    out.member("verdict", to_string(scenario.verdict)).member("duration_ms", scenario.duration_ms);
    out.key("follows").strings(scenario.follows);
    out.key("transactions").strings(scenario.transactions);
    out.key("covers").begin_array();
    for (const auto& claim : scenario.covers) {
      out.begin_object();
      claim_members(out, claim);
      out.end_object();
    }
    out.end_array();
    out.key("steps").begin_array();
    for (const auto& step : scenario.steps) write_step(out, step);
    out.end_array();
    out.end_object();
  }
  out.end_array();
}

void write_accreditation(JsonOut& out, const RunReport& report) {
  out.key("accreditation").begin_array();
  for (const auto& item : accreditation_items(report)) {
    out.begin_object();
    out.member("key", item.key).member("question", item.question).member("examined", item.examined);
    out.member("verdict", to_string(item.verdict));
    out.key("transactions").strings(item.transactions);
    out.key("scenarios").strings(item.scenario_ids);
    out.key("claims").strings(item.claims);
    out.end_object();
  }
  out.end_array();
}

void write_evidence(JsonOut& out, const RunReport& report) {
  out.key("evidence").begin_array();
  for (const auto& evidence : report.evidence) {
    out.begin_object();
    out.member("id", evidence.id).member("kind", to_string(evidence.kind)).member("at_ms", evidence.at_ms);
    out.member("from", evidence.from).member("to", evidence.to).member("transaction", evidence.transaction);
    out.member("summary", evidence.summary).member("content", evidence.content);
    out.end_object();
  }
  out.end_array();
}

}  // namespace

std::string report_json(const RunReport& report) {
  JsonOut out;
  out.begin_object();
  out.member("schema_version", RunReport::kSchemaVersion);
  out.key("tool")
      .begin_object()
      .member("name", "ihe-harness")
      .member("version", report.tool_version)
      .end_object();
  out.member("started_at", report.started_at).member("duration_ms", report.duration_ms);
  out.member("result", to_string(overall_verdict(report)));
  write_statement(out, report.statement);
  write_target(out, report.target);
  write_summary(out, report);
  write_claims(out, report);
  write_scenarios(out, report);
  write_accreditation(out, report);
  write_evidence(out, report);
  out.end_object();
  return out.str();
}

}  // namespace ihe::reports
