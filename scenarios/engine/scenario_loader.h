#pragma once

#include <filesystem>
#include <vector>

#include "profiles/model/rule_set.h"
#include "scenarios/engine/check_registry.h"
#include "scenarios/engine/exchange_registry.h"
#include "scenarios/engine/scenario.h"

namespace ihe::scenarios {

// What a scenario file may refer to: the registered checks and exchanges, and the profiles catalog its
// claims must name.
struct LoadContext {
  const CheckRegistry& checks;
  const ExchangeRegistry& exchanges;
  const profiles::RuleSet& catalog;
};

// Reads one scenario file (format: scenarios/README.md). Everything wrong is one HarnessError
// "FILE:LINE: ...": unknown elements, attributes, step kinds, transactions without an exchange, check names
// and their parameters; duplicate step ids; depends-on naming no earlier step; a ${var} neither declared
// by <var>, built in (sut-ae, harness-ae, harness-storage-ae) nor captured by an earlier step; claims naming
// profiles, actors or options the catalog does not know; an id other than the file's name.
Scenario load_scenario(const std::filesystem::path& file, const LoadContext& context);

// Every *.xml below `dir`, sorted by id; two files with one id are rejected naming both.
std::vector<Scenario> load_library(const std::filesystem::path& dir, const LoadContext& context);

// The library shipped with the source tree (scenarios/library); `--library DIR` overrides it.
std::filesystem::path default_library_dir();

// The SUT roles scenarios are written for.
bool is_sut_role(std::string_view role);
// Names every run binds before the first step.
const std::vector<std::string>& builtin_variables();

}  // namespace ihe::scenarios
