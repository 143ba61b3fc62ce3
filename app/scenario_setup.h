#pragma once

#include <filesystem>
#include <vector>

#include "profiles/model/rule_set.h"
#include "scenarios/engine/check_registry.h"
#include "scenarios/engine/exchange_registry.h"
#include "scenarios/engine/scenario.h"

namespace ihe::app {

// What `run` and `list scenarios` share: the profiles catalog, the registered checks and exchanges, and
// the scenario library loaded against them (every file error is one FILE:LINE HarnessError).
struct ScenarioSetup {
  profiles::RuleSet rules;
  scenarios::CheckRegistry checks;
  scenarios::ExchangeRegistry exchanges;
  std::vector<scenarios::Scenario> library;

  static ScenarioSetup load(const std::filesystem::path& profiles_dir,
                            const std::filesystem::path& library_dir);
};

}  // namespace ihe::app
