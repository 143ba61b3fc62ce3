// HL7 fields that must carry a value whatever it is: e.g. ERR-3 (HL7 Error Code, R in HL7 v2.5.1 ERR) of
// an AE/AR acknowledgement, which tells the sender what was wrong (HL7 v2.5.1 2.9.2, 2.15.5).
#include "actors/hl7/parse.h"
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

std::vector<reports::Finding> field_present(const CheckInput& in) {
  const auto source = in.param("in", "message");
  const auto path = in.param("path");
  const auto text = in.outcome.value(source);
  if (!text || text->empty()) return {shortfall(path, "a value", "(no " + source + ")", "no HL7 " + source)};
  auto parsed = hl7::parse(*text);
  if (!parsed) return {shortfall(path, "a value", parsed.error().description, "the message does not parse")};
  if (!parsed.message().get_er7(path).empty()) return {};
  return {shortfall(path, "a value", "(empty or absent)", path + " carries no value")};
}

}  // namespace

void add_presence_checks(CheckRegistry& registry) {
  registry.add({"field-present",
                "HL7 path=ERR-3 of in=message|response carries a value",
                {"path"},
                {"in"},
                field_present});
}

}  // namespace ihe::scenarios
