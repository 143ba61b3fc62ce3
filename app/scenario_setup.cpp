#include "app/scenario_setup.h"

#include "scenarios/checks/standard_checks.h"
#include "scenarios/engine/scenario_loader.h"
#include "scenarios/exchanges/dicom_exchanges.h"

namespace ihe::app {

ScenarioSetup ScenarioSetup::load(const std::filesystem::path& profiles_dir,
                                  const std::filesystem::path& library_dir) {
  ScenarioSetup setup{
      profiles::RuleSet::load(profiles_dir), scenarios::standard_checks(), scenarios::dicom_exchanges(), {}};
  setup.library = scenarios::load_library(library_dir, {setup.checks, setup.exchanges, setup.rules});
  return setup;
}

}  // namespace ihe::app
