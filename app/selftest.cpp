// `ihe-harness selftest --faults [--out DIR]`: the detection matrix (issue 7). Exit 0 only when every fault
// is detected, no conformant scenario fails and every transport fault ended within its deadline.
#include <fmt/core.h>

#include <filesystem>
#include <fstream>

#include "app/cli_args.h"
#include "app/command.h"
#include "app/fault_matrix.h"
#include "base/harness_error.h"
#include "scenarios/engine/scenario_loader.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "selftest";
const OptionSpec kOptions{.with_value = {"out", "library", "profiles"}, .switches = {"faults"}};

int selftest(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kOptions);
  if (!args.has("faults")) throw HarnessError("selftest: --faults is required (the only selftest so far)");
  const auto setup =
      ScenarioSetup::load(args.get_or("profiles", profiles::RuleSet::default_data_dir().string()),
                          args.get_or("library", scenarios::default_library_dir().string()));
  const auto matrix = run_fault_matrix(setup);
  const auto text = format_matrix(matrix);
  fmt::print("{}", text);
  if (const auto out = args.get("out")) {
    std::filesystem::create_directories(*out);
    std::ofstream(std::filesystem::path(*out) / "fault-matrix.txt") << text;
  }
  return matrix.detected() == matrix.rows.size() && matrix.false_fails() == 0 && matrix.deadlines_kept() ? 0
                                                                                                         : 1;
}

}  // namespace

extern const Command kSelftest{
    "selftest", "run the fault-detection matrix against our own actors",
    "usage: ihe-harness selftest --faults [--out DIR] [--library DIR] [--profiles DIR]\n"
    "Starts our Image Manager, Acquisition Modality and Order Filler in this process, each fault switch on\n"
    "in turn (and each transport fault through a loopback fault front), runs the scenarios meant to detect\n"
    "it (app/fault_table.cpp), then each role's library without faults. Prints the matrix and ends with\n"
    "'detected D/T faults, F false fails'. Exit 0 only when D = T and F = 0.\n",
    selftest};

}  // namespace ihe::app
