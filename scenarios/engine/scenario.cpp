#include "scenarios/engine/scenario.h"

#include <array>

namespace ihe::scenarios {
namespace {

constexpr std::array<std::pair<StepKind, std::string_view>, 5> kKinds{{{StepKind::Send, "send"},
                                                                       {StepKind::Await, "await"},
                                                                       {StepKind::Query, "query"},
                                                                       {StepKind::Operator, "operator"},
                                                                       {StepKind::Pause, "pause"}}};

}  // namespace

std::string_view to_string(StepKind kind) {
  for (const auto& [k, name] : kKinds)
    if (k == kind) return name;
  return "?";
}

std::optional<StepKind> parse_step_kind(std::string_view text) {
  for (const auto& [k, name] : kKinds)
    if (name == text) return k;
  return std::nullopt;
}

const Step* Scenario::find_step(std::string_view step_id) const {
  for (const auto& step : steps)
    if (step.id == step_id) return &step;
  return nullptr;
}

std::optional<reports::Claim> parse_claim(std::string_view text) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  for (;;) {
    const auto colon = text.find(':', start);
    parts.emplace_back(text.substr(start, colon - start));
    if (colon == std::string_view::npos) break;
    start = colon + 1;
  }
  if (parts.size() < 2 || parts.size() > 3 || parts[0].empty() || parts[1].empty()) return std::nullopt;
  return reports::Claim{parts[0], parts[1], parts.size() == 3 ? parts[2] : ""};
}

std::string to_string(const reports::Claim& claim) {
  return claim.profile + ":" + claim.actor + (claim.option.empty() ? "" : ":" + claim.option);
}

}  // namespace ihe::scenarios
