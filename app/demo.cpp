// `ihe-harness demo`: the embedded default. Our own simulated actors, started in-process on free loopback
// ports, are the systems under test; the whole scenario library runs against them for each SUT role
// through the same engine path as `run` (run_and_write_report), one report per role plus an index. Each
// role gets its own report because a Target names one SUT role (reports/model/target.h).
#include <fmt/chrono.h>
#include <fmt/core.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <fstream>
#include <map>
#include <thread>

#include "app/cli_args.h"
#include "app/command.h"
#include "app/own_sut.h"
#include "app/scenario_setup.h"
#include "app/stop_signal.h"
#include "base/harness_error.h"
#include "scenarios/engine/claim_catalog.h"
#include "scenarios/engine/scenario_loader.h"

namespace ihe::app {
namespace {

constexpr std::string_view kName = "demo";
const OptionSpec kOptions{.with_value = {"out", "library", "profiles"}, .switches = {}};
constexpr int kTimeoutSeconds = 5;  // our actors answer in milliseconds; every wait still ends

struct Interrupted {};

// The statement our actor would hand over: every claim the library's scenarios for its role give evidence
// for (so each scenario is planned); the role's baseline SWF.b claim when the library has none yet.
reports::IntegrationStatement statement_for(const std::string& role,
                                            const std::vector<const scenarios::Scenario*>& of_role) {
  const auto now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm today{};
  gmtime_r(&now, &today);
  reports::IntegrationStatement statement{
      "ihe-harness", "simulated " + role, "0.1.0", fmt::format("{:%Y-%m-%d}", today), {}};
  for (const auto* s : of_role)
    for (const auto& claim : s->claims)
      if (std::find(statement.claims.begin(), statement.claims.end(), claim) == statement.claims.end())
        statement.claims.push_back(claim);
  if (statement.claims.empty()) statement.claims.push_back({"SWF.b", scenarios::actor_of_role(role), ""});
  return statement;
}

std::map<reports::Verdict, int> count_verdicts(const reports::RunReport& report) {
  std::map<reports::Verdict, int> counts;
  for (const auto& s : report.scenarios) ++counts[s.verdict];
  return counts;
}

std::string describe_counts(const std::map<reports::Verdict, int>& counts) {
  std::string text;
  for (const auto& [verdict, n] : counts)
    text += fmt::format("{}{} {}", text.empty() ? "" : ", ", n, upper(verdict));
  return text.empty() ? "no scenarios" : text;
}

void write_index(const std::filesystem::path& out,
                 const std::vector<std::pair<std::string, reports::RunReport>>& runs) {
  std::ofstream html(out / "index.html");
  html << "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>ihe-harness demo</title>\n"
          "<style>body{font-family:sans-serif;margin:2em}td,th{padding:.3em 1em;border-bottom:1px solid #ccc;"
          "text-align:left}</style></head><body>\n<h1>ihe-harness demo</h1>\n<p>Our own simulated actors as "
          "the systems under test, every scenario of the library for each SUT role.</p>\n<table>\n"
          "<tr><th>SUT role</th><th>scenarios</th><th>verdicts</th><th>report</th></tr>\n";
  for (const auto& [role, report] : runs)
    html << fmt::format(
        "<tr><td>{0}</td><td>{1}</td><td>{2}</td><td><a href=\"{0}/report.html\">report.html</a> "
        "<a href=\"{0}/report.json\">report.json</a> <a href=\"{0}/junit.xml\">junit.xml</a></td></tr>\n",
        role, report.scenarios.size(), describe_counts(count_verdicts(report)));
  html << "</table>\n</body></html>\n";
  if (!html) throw HarnessError("demo: cannot write " + (out / "index.html").string());
}

int demo(const std::vector<std::string>& argv) {
  const CliArgs args = CliArgs::parse(kName, argv, kOptions);
  const std::filesystem::path out = args.require("out");
  const auto started = std::chrono::steady_clock::now();
  const auto setup =
      ScenarioSetup::load(args.get_or("profiles", profiles::RuleSet::default_data_dir().string()),
                          args.get_or("library", scenarios::default_library_dir().string()));
  const auto work = out / ".work";
  std::filesystem::create_directories(work);

  // Ctrl-C: the scenario running finishes (every wait is bounded), then the demo stops its actors.
  block_stop_signals();
  std::atomic<bool> finished{false};
  std::atomic<bool> interrupted{false};
  std::thread watcher([&] {
    wait_for_stop_signal([&] { return finished.load(); });
    if (!finished) interrupted = true;
  });
  struct Joiner {
    std::atomic<bool>& finished;
    std::thread& thread;
    ~Joiner() {
      finished = true;
      thread.join();
    }
  } joiner{finished, watcher};

  std::vector<std::pair<std::string, reports::RunReport>> runs;
  try {
    for (const auto& role : OwnSut::roles()) {
      scenarios::RunPlan plan;
      for (const auto& s : setup.library)
        if (s.sut_role == role) plan.scenarios.push_back(&s);
      const auto statement = statement_for(role, plan.scenarios);
      plan.claims = statement.claims;
      OwnSut sut(role, {}, {.timeout_seconds = kTimeoutSeconds, .work = work, .interrupted = &interrupted});
      sut.start();
      fmt::print("== {}: {} scenario(s) against {}\n", role, plan.scenarios.size(), sut.describe());
      std::fflush(stdout);
      scenarios::RunOptions options;
      options.operator_fn = sut.operator_fn;
      options.tool_version = "0.1.0";
      options.on_scenario = [&](const reports::ScenarioResult& s) {
        print_progress(s);
        if (interrupted) throw Interrupted{};
      };
      runs.emplace_back(role, run_and_write_report(setup, plan, statement, sut.target, options, out / role));
    }
  } catch (const Interrupted&) {
    fmt::print(stderr,
               "demo: interrupted; actors stopped, no report written for the role that was running\n");
    std::filesystem::remove_all(work);
    return 130;
  }
  std::filesystem::remove_all(work);
  write_index(out, runs);

  std::map<reports::Verdict, int> totals;
  std::size_t scenarios_run = 0;
  for (const auto& [role, report] : runs) {
    fmt::print("{:<22} {}/report.html ({})\n", role, (out / role).string(),
               describe_counts(count_verdicts(report)));
    for (const auto& [verdict, n] : count_verdicts(report)) totals[verdict] += n;
    scenarios_run += report.scenarios.size();
  }
  const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  fmt::print("report: {}/index.html\n", out.string());
  fmt::print("{} scenario(s) in {:.1f} s: {}\n", scenarios_run, seconds, describe_counts(totals));
  const bool all_passed =
      scenarios_run > 0 && totals[reports::Verdict::Pass] == static_cast<int>(scenarios_run);
  return all_passed ? 0 : 1;
}

}  // namespace

extern const Command kDemo{
    "demo", "run the whole scenario library against our own simulated actors; write the reports",
    "usage: ihe-harness demo --out DIR [--library DIR] [--profiles DIR]\n"
    "  Starts our Image Manager, Order Filler (HL7 side on) and Acquisition Modality in-process on free\n"
    "  loopback ports as the systems under test, runs every library scenario of each SUT role against them\n"
    "  (operator steps are performed by our modality) and writes DIR/<role>/report.html, report.json,\n"
    "  junit.xml and DIR/index.html linking them.\n"
    "  --out DIR         where the reports go\n"
    "  --library DIR     scenario library (default: the source tree's scenarios/library)\n"
    "  --profiles DIR    rule data (default: the source tree's profiles/data)\n"
    "One progress line per scenario. Exit 0 every scenario passed, 1 otherwise, 2 bad input, 130 Ctrl-C.\n",
    demo};

}  // namespace ihe::app
