#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "reports/model/finding.h"
#include "reports/model/spec_ref.h"
#include "reports/model/statement.h"

// A scenario as its XML file declares it (scenarios/README.md): plain values, no behaviour. Every text may
// hold ${var} references; the loader has proved each one bound by a <var> or an earlier <capture>.
namespace ihe::scenarios {

enum class StepKind { Send, Await, Query, Operator, Pause };
std::string_view to_string(StepKind kind);
std::optional<StepKind> parse_step_kind(std::string_view text);

// A declared requirement on a step: the check registered under `check`, its parameters, what it cites.
struct Expectation {
  std::string check;
  std::map<std::string, std::string> params;
  reports::SpecRef spec;
  reports::Severity severity = reports::Severity::Error;
  std::string where;  // FILE:LINE, for messages about this expectation
};

// A value of the step's outcome bound to ${name} for the later steps.
struct Capture {
  std::string name;
  std::string
      from;  // an outcome value name ("study-uid") or "DATASET[n]/TAG-PATH" ("matches[1]/(0020,000D)")
  std::string where;
};

// A matching or return key of a query step: <key tag="PatientID" value="${patient-id}"/>.
struct QueryKey {
  std::string tag;
  std::string value;
};

struct Step {
  std::string id;  // stable within the scenario
  StepKind kind = StepKind::Send;
  std::string title;
  std::string transaction;  // "RAD-8"; empty for operator and pause
  std::vector<std::string> depends_on;
  std::map<std::string, std::string> params;  // the exchange's own attributes ("images", "level", ...)
  std::vector<QueryKey> keys;
  std::optional<int> deadline_seconds;  // await/operator: at most this long (and never past the target's)
  std::string prompt;                   // operator: what the person at the SUT is asked to do
  std::vector<Expectation> expects;
  std::vector<Capture> captures;
  std::string where;
};

// A variable's default: a literal, or a fresh identifier made at run time (generate="uid|accession|id").
struct Variable {
  std::string name;
  std::string value;
  std::string generate;
};

struct Scenario {
  std::string id;  // "SWF-IM-010"
  std::string title;
  std::string sut_role;                           // "image-manager"
  std::vector<std::string> follows;               // "MESA 101"
  std::vector<std::string> transactions;          // "RAD-8", "RAD-10"
  std::vector<reports::Claim> claims;             // statement rows it gives evidence for
  std::map<std::string, reports::SpecRef> specs;  // <spec id=...> citations by id
  std::vector<Variable> vars;
  std::vector<Step> steps;
  std::string file;

  const Step* find_step(std::string_view step_id) const;
};

// "SWF.b:IM" or "SWF.b:IM:pps-exception" -> Claim; nullopt when it has not 2 or 3 parts.
std::optional<reports::Claim> parse_claim(std::string_view text);
std::string to_string(const reports::Claim& claim);

}  // namespace ihe::scenarios
