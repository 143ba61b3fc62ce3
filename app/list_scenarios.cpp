// `ihe-harness list scenarios [--sut ROLE]`: the scenario library, with what each follows and covers, and
// the checks and exchanges scenario files may name.
#include <fmt/core.h>

#include "app/list_scenarios.h"
#include "app/scenario_setup.h"
#include "base/harness_error.h"
#include "scenarios/engine/scenario_loader.h"

namespace ihe::app {
namespace {

std::string joined(const std::vector<std::string>& words, std::string_view separator) {
  std::string text;
  for (const auto& w : words) text += (text.empty() ? "" : std::string(separator)) + w;
  return text;
}

}  // namespace

int list_scenarios(const CliArgs& args) {
  const auto sut = args.get("sut");
  if (sut && !scenarios::is_sut_role(*sut)) throw HarnessError("list: unknown sut role '" + *sut + "'");
  const auto setup =
      ScenarioSetup::load(args.get_or("profiles", profiles::RuleSet::default_data_dir().string()),
                          args.get_or("library", scenarios::default_library_dir().string()));
  for (const auto& s : setup.library) {
    if (sut && s.sut_role != *sut) continue;
    std::vector<std::string> claims;
    for (const auto& c : s.claims) claims.push_back(scenarios::to_string(c));
    fmt::print("{:<12} {:<20} {}\n  follows {}; {}; claims {}\n", s.id, s.sut_role, s.title,
               joined(s.follows, ", "), joined(s.transactions, " "), joined(claims, " "));
  }
  if (sut) return 0;
  fmt::print("\nexchanges (step kind, transaction: what the harness does):\n");
  for (const auto* e : setup.exchanges.all())
    fmt::print("  {:<6} {:<7} {}\n", scenarios::to_string(e->kind), e->transaction, e->summary);
  fmt::print("\nchecks (<expect check=...>):\n");
  for (const auto* c : setup.checks.all()) fmt::print("  {:<27} {}\n", c->name, c->summary);
  return 0;
}

}  // namespace ihe::app
