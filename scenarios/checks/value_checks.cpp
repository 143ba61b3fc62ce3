// A named value of the step's outcome ("stored", "completed", "received", "event-type", "count", ...)
// compared with what the requirement says it must be.
#include <charconv>

#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

std::optional<long> number(const std::string& text) {
  long value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

// One of equals, differs, at-least, at-most (the latter two numeric).
std::vector<reports::Finding> value(const CheckInput& in) {
  const auto name = in.param("name");
  const auto actual = in.outcome.value(name);
  const auto text = actual.value_or("(absent)");
  auto fail = [&](std::string expected) {
    return std::vector{shortfall(name, std::move(expected), text, name + " is not as required")};
  };
  if (const auto want = in.param("equals"); !want.empty() && (!actual || *actual != want)) return fail(want);
  if (const auto other = in.param("differs"); !other.empty() && (!actual || *actual == other))
    return fail("other than " + other);
  for (const auto& [param, sign] : {std::pair<std::string, int>{"at-least", 1}, {"at-most", -1}}) {
    const auto bound = in.param(param);
    if (bound.empty()) continue;
    const auto have = actual ? number(*actual) : std::nullopt;
    const auto limit = number(bound);
    if (!have || !limit || (sign > 0 ? *have < *limit : *have > *limit))
      return fail((sign > 0 ? "at least " : "at most ") + bound);
  }
  return {};
}

}  // namespace

void add_value_checks(CheckRegistry& registry) {
  registry.add({"value",
                "an outcome value: name=... with equals, differs, at-least or at-most",
                {"name"},
                {"equals", "differs", "at-least", "at-most"},
                value});
}

}  // namespace ihe::scenarios
