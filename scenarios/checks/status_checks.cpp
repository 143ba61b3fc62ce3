// The DIMSE status that answered the step's request (PS3.7 Annex C status classes).
#include "actors/net/dicom/scu/dimse_status.h"
#include "base/harness_error.h"
#include "base/text.h"
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

bool kind_matches(const std::string& wanted, net::StatusKind kind) {
  if (wanted == "success") return kind == net::StatusKind::Success;
  if (wanted == "warning") return kind == net::StatusKind::Warning;
  if (wanted == "failure") return kind == net::StatusKind::Failure;
  if (wanted == "success-or-warning")
    return kind == net::StatusKind::Success || kind == net::StatusKind::Warning;
  throw HarnessError("check status: kind must be success, warning, failure or success-or-warning, not '" +
                     wanted + "'");
}

// equals="0x0110 0xA710": one of these; kind="failure": any status of that class. Without either, success.
std::vector<reports::Finding> status(const CheckInput& in) {
  const auto equals = split_nonempty(in.param("equals"), ' ');
  const auto kind = in.param("kind", equals.empty() ? "success" : "");
  const std::string expected = !equals.empty() ? "status " + in.param("equals") : "a " + kind + " status";
  if (!in.outcome.status)
    return {shortfall("status", expected, "no response status", "the request got no DIMSE status")};
  const auto actual = *in.outcome.status;
  bool ok = kind.empty() || kind_matches(kind, net::classify_status(actual));
  if (!equals.empty()) ok = ok && std::find(equals.begin(), equals.end(), status_hex(actual)) != equals.end();
  if (ok) return {};
  return {shortfall("status", expected, net::describe_status(actual),
                    "the SUT answered with an unexpected status")};
}

}  // namespace

void add_status_checks(CheckRegistry& registry) {
  registry.add({"status",
                "the response status: equals=\"0xHHHH ...\" and/or kind=success|warning|failure|"
                "success-or-warning (default success)",
                {},
                {"equals", "kind"},
                status});
}

}  // namespace ihe::scenarios
