// `ihe-harness run`: the statement's claims against the target, scenario by scenario, then the report
// (ARCHITECTURE.md data flow). Exit 0: every claim verified; 1: a claim failed or could not be decided;
// 2: bad input (HarnessError, one line naming FILE:LINE), caught in main.
#include <fmt/core.h>

#include "actors/common/endpoint.h"
#include "app/cli_args.h"
#include "app/command.h"
#include "app/harness_ports.h"
#include "app/scenario_setup.h"
#include "base/harness_error.h"
#include "base/text.h"
#include "reports/readers/statement_reader.h"
#include "reports/readers/target_reader.h"
#include "scenarios/engine/claim_catalog.h"
#include "scenarios/engine/runner.h"
#include "scenarios/engine/scenario_loader.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "run";
const OptionSpec kOptions{.with_value = {"statement", "target", "out", "select", "exclude", "operator-hook",
                                         "library", "profiles", "harness-storage"},
                          .switches = {"dry-run", "strict"}};

void print_plan(const scenarios::RunPlan& plan) {
  for (const auto* s : plan.scenarios) {
    fmt::print("{:<12} {} ({} steps; {})\n", s->id, s->title, s->steps.size(), s->file);
    for (const auto& step : s->steps)
      fmt::print("  {:<8} {:<14} {} {}\n", scenarios::to_string(step.kind), step.id, step.transaction,
                 step.title);
  }
  fmt::print("{} scenario(s) planned\n", plan.scenarios.size());
}

int run(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kOptions);
  auto target = reports::read_target(args.require("target"));
  if (const auto storage = args.get("harness-storage")) {
    const auto endpoint = actors::Endpoint::parse_dicom(*storage);
    target.harness_storage = {endpoint.ae_title, endpoint.host, endpoint.port};
    target.harness_storage_origin = "--harness-storage " + *storage;
  }
  const auto setup =
      ScenarioSetup::load(args.get_or("profiles", profiles::RuleSet::default_data_dir().string()),
                          args.get_or("library", scenarios::default_library_dir().string()));
  const auto statement = reports::read_integration_statement(
      args.require("statement"),
      [&](const reports::Claim& claim) { return scenarios::claim_problem(claim, setup.rules); });
  const scenarios::Selection selection{split_nonempty(args.get_or("select", ""), ','),
                                       split_nonempty(args.get_or("exclude", ""), ',')};
  const auto plan = scenarios::make_run_plan(statement, target, setup.library, setup.rules, selection);
  if (args.has("dry-run")) {
    print_plan(plan);
    return 0;
  }
  const auto out = args.require("out");
  require_free_harness_ports(target);
  scenarios::RunOptions options;
  if (const auto hook = args.get("operator-hook")) options.operator_fn = scenarios::hook_operator(*hook);
  options.on_scenario = print_progress;
  options.tool_version = "0.1.0";
  const auto report = run_and_write_report(setup, plan, statement, target, options, out);
  for (const auto& claim : report.claims)
    fmt::print("claim {:<28} {}\n", scenarios::to_string(claim.claim), upper(claim.verdict));
  fmt::print("report written to {}/report.html\n", out);
  return scenarios::exit_status(report, args.has("strict"));
}

}  // namespace

extern const Command kRun{
    "run", "run the scenarios a statement's claims call for against a target; write the report",
    "usage: ihe-harness run --statement FILE --target FILE --out DIR [--select GLOB,..] [--exclude GLOB,..]\n"
    "                       [--dry-run] [--strict] [--operator-hook CMD] [--harness-storage AET@HOST:PORT]\n"
    "                       [--library DIR] [--profiles DIR]\n"
    "  --statement FILE  the vendor's integration statement (examples/statements/*.xml)\n"
    "  --target FILE     the system under test and how to reach it (examples/targets/*.xml)\n"
    "  --out DIR         where report.html, report.json, junit.xml and evidence/ go\n"
    "  --select/--exclude  scenario id globs, comma-separated (SWF-IM-01*)\n"
    "  --dry-run         print the planned scenarios and their steps; talk to nobody\n"
    "  --strict          claims that only warned or that no scenario covered also fail the run\n"
    "  --operator-hook CMD  answers operator steps: /bin/sh -c CMD with the prompt as $1 and IHE_PROMPT;\n"
    "                    exit 0 = done (default: ask on the terminal)\n"
    "  --harness-storage AET@HOST:PORT  the C-MOVE destination the SUT knows for RAD-16 (our storage SCP)\n"
    "  --library DIR     scenario library (default: the source tree's scenarios/library)\n"
    "  --profiles DIR    rule data (default: the source tree's profiles/data)\n"
    "One progress line per scenario. Exit 0 every claim verified, 1 a claim failed or was not decided,\n"
    "2 bad input (one line naming FILE:LINE) or an empty selection.\n",
    run};

}  // namespace ihe::app
