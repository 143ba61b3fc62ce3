// Optional return keys (PS3.4 C.6.2.1.2 / C.6.1.1.4-5 "O" keys such as the MESA 402 counts): an SCP may
// leave them empty, but a value it returns must be the entity's (C.4.1.2.3), so the check judges only the
// matches that carry one. Whether IHE makes these keys required for RAD-14 is unverified (spec digest 3.5):
// support itself belongs to a return-keys expectation with a SHOULD citation.
#include "base/harness_error.h"
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

// tag=TAG value=...: every match that returns TAG with a value returns exactly `value`.
std::vector<reports::Finding> returned_equal(const CheckInput& in) {
  const auto tag = dicom::Tag::parse(in.param("tag"));
  if (!tag) throw HarnessError("returned-equal: unknown tag '" + in.param("tag") + "'");
  std::vector<reports::Finding> out;
  const auto& matches = in.outcome.datasets_named("matches");
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const auto* element = matches[i].find(*tag);
    if (element == nullptr || element->is_empty() || element->joined() == in.param("value")) continue;
    out.push_back(shortfall("match " + std::to_string(i + 1) + " " + tag->to_string(), in.param("value"),
                            element->joined(), "a returned optional key does not carry the entity's value"));
  }
  return out;
}

}  // namespace

void add_optional_key_checks(CheckRegistry& registry) {
  registry.add({"returned-equal",
                "every match that returns tag=TAG with a value has value=... (an empty optional key passes)",
                {"tag", "value"},
                {},
                returned_equal});
}

}  // namespace ihe::scenarios
