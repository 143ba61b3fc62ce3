// Values nested in the matches of a query step: a worklist item's SPS Sequence item holds the step's own
// keys (PS3.4 K.6-1: SPS ID, Scheduled Station AE Title, SPS Start Date), which a top-level tag cannot name.
#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {
namespace {

// path="(0040,0100)[0]/(0040,0009)" value="${sps}": every match holds exactly this value there.
std::vector<reports::Finding> matches_path_equal(const CheckInput& in) {
  std::vector<reports::Finding> out;
  const auto path = in.param("path");
  const auto& matches = in.outcome.datasets_named("matches");
  for (std::size_t i = 0; i < matches.size(); ++i) {
    const auto* element = matches[i].find_path(path);
    const auto actual = element ? element->joined() : std::string("(absent)");
    if (actual != in.param("value"))
      out.push_back(shortfall("match " + std::to_string(i + 1) + " " + path, in.param("value"), actual,
                              "a match does not hold the expected value at this path"));
  }
  return out;
}

}  // namespace

void add_item_checks(CheckRegistry& registry) {
  registry.add({"matches-path-equal",
                "every match holds value=... at path=\"(0040,0100)[0]/(0040,0009)\" (items from 0)",
                {"path", "value"},
                {},
                matches_path_equal});
}

}  // namespace ihe::scenarios
