#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "scenarios/checks/standard_checks.h"
#include "scenarios/engine/scenario_loader.h"
#include "tests/support/net_util.h"

namespace ihe::scenarios::test {

// Scenario files written to a temp folder and loaded with the standard checks, the shipped profiles
// catalog and an in-memory exchange family: `send RAD-8` answers the status and values its step names
// (status="0xA700", stored="2"), `send RAD-6` reports an unreachable target, `query RAD-14` takes keys.
class ScenarioFixture {
 public:
  ScenarioFixture();
  std::filesystem::path write(const std::string& name, const std::string& xml);
  Scenario load(const std::string& id, const std::string& xml);
  // The HarnessError text of loading it, or "loaded".
  std::string load_error(const std::string& id, const std::string& xml);
  LoadContext context() const { return {checks, exchanges, rules}; }

  ihe::test::TempDir dir;
  profiles::RuleSet rules;
  CheckRegistry checks;
  ExchangeRegistry exchanges;
  int exchanges_run = 0;
};

// A scenario file around `body` (steps), with one <spec id="s"> and one <var name="v" value="1">.
std::string scenario_xml(const std::string& id, const std::string& body);

}  // namespace ihe::scenarios::test
