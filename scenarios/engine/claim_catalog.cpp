#include "scenarios/engine/claim_catalog.h"

#include <algorithm>
#include <array>

#include "scenarios/engine/scenario.h"

namespace ihe::scenarios {
namespace {

template <typename Items, typename Id>
std::string known_list(const Items& items, Id id) {
  std::string text;
  for (const auto& item : items) text += (text.empty() ? "" : ", ") + id(item);
  return text;
}

}  // namespace

std::string claim_problem(const reports::Claim& claim, const profiles::RuleSet& catalog) {
  const auto* profile = catalog.find_profile(claim.profile);
  if (!profile)
    return "claim " + to_string(claim) + ": unknown profile '" + claim.profile +
           "' (known: " + known_list(catalog.profiles(), [](const auto& p) { return p.id; }) + ")";
  const auto& actors = profile->actors;
  if (std::none_of(actors.begin(), actors.end(), [&](const auto& a) { return a.id == claim.actor; }))
    return "claim " + to_string(claim) + ": profile " + claim.profile + " has no actor '" + claim.actor +
           "' (known: " + known_list(actors, [](const auto& a) { return a.id; }) + ")";
  if (claim.option.empty()) return {};
  const auto& options = profile->options;
  const auto option =
      std::find_if(options.begin(), options.end(), [&](const auto& o) { return o.id == claim.option; });
  if (option == options.end())
    return "claim " + to_string(claim) + ": profile " + claim.profile + " has no option '" + claim.option +
           "' (known: " + known_list(options, [](const auto& o) { return o.id; }) + ")";
  if (std::find(option->actors.begin(), option->actors.end(), claim.actor) == option->actors.end())
    return "claim " + to_string(claim) + ": option " + claim.option + " is not one of actor " + claim.actor;
  return {};
}

std::string actor_of_role(std::string_view sut_role) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kRoles{
      {{"image-manager", "IM"},
       {"acquisition-modality", "MOD"},
       {"order-filler", "OF"},
       {"image-display", "ID"}}};
  for (const auto& [role, actor] : kRoles)
    if (role == sut_role) return std::string(actor);
  return {};
}

}  // namespace ihe::scenarios
