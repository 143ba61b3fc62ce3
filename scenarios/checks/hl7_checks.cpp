// HL7 checks: the SUT's acknowledgement code, a field of the message it sent or answered, and the ORC-1/
// ORC-5 pair of RAD-4/RAD-13 (RAD TF-2 Table 4.13-1).
#include "actors/hl7/parse.h"
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

// "AE|AR": any of the listed codes.
bool listed(const std::string& alternatives, const std::string& value) {
  std::size_t start = 0;
  while (start <= alternatives.size()) {
    const auto end = std::min(alternatives.find('|', start), alternatives.size());
    if (alternatives.substr(start, end - start) == value) return true;
    start = end + 1;
  }
  return false;
}

std::vector<reports::Finding> ack_code(const CheckInput& in) {
  const auto actual = in.outcome.value("ack-code").value_or("");
  const auto expected = in.param("expected", "AA");
  if (listed(expected, actual)) return {};
  return {shortfall("MSA-1", expected, actual.empty() ? "(no MSA-1)" : actual,
                    "the SUT's acknowledgement code is not the one the message calls for")};
}

std::vector<reports::Finding> field_equals(const CheckInput& in) {
  const auto source = in.param("in", "message");
  const auto text = in.outcome.value(source);
  const auto path = in.param("path");
  if (!text || text->empty())
    return {shortfall(path, in.param("value"), "(no " + source + ")", "no HL7 " + source + " to read")};
  auto parsed = hl7::parse(*text);
  if (!parsed)
    return {shortfall(path, in.param("value"), parsed.error().description, "the message does not parse")};
  const auto actual = parsed.message().get_er7(path);
  if (actual == in.param("value")) return {};
  return {shortfall(path, in.param("value"), actual, path + " does not hold the expected value")};
}

std::vector<reports::Finding> orc_pair(const CheckInput& in) {
  const auto expected = in.param("control") + "/" + in.param("status");
  const auto actual =
      in.outcome.value("order-control").value_or("") + "/" + in.outcome.value("order-status").value_or("");
  if (actual == expected) return {};
  return {shortfall("ORC-1/ORC-5", expected, actual, "the order control pair is not the transaction's")};
}

}  // namespace

void add_hl7_checks(CheckRegistry& registry) {
  registry.add(
      {"ack-code", "MSA-1 of the SUT's answer is expected=AA (or AE|AR ...)", {}, {"expected"}, ack_code});
  registry.add({"field-equals",
                "HL7 path=PID-5 of in=message|response equals value=...",
                {"path", "value"},
                {"in"},
                field_equals});
  registry.add({"orc-pair",
                "ORC-1/ORC-5 of the message are control=NW status=SC",
                {"control", "status"},
                {},
                orc_pair});
}

}  // namespace ihe::scenarios
