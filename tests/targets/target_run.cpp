#include "tests/targets/target_run.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "tests/support/child_process.h"
#include "tests/support/net_util.h"

namespace ihe::test {
namespace {

namespace fs = std::filesystem;

std::string read_text(const fs::path& file) {
  std::ifstream in(file);
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

void read_report(const fs::path& dir, TargetRun& run) {
  const fs::path lines = dir / "report-lines.txt";
  const int rc = run_command({"/usr/bin/python3", (source_dir() / "tests/targets/report_lines.py").string(),
                              (dir / "out" / "report.json").string()},
                             lines);
  ASSERT_EQ(rc, 0) << read_text(lines);
  std::istringstream in(read_text(lines));
  for (std::string line; std::getline(in, line);) {
    std::istringstream words(line);
    std::string kind, id;
    words >> kind >> id;
    if (kind == "scenario") {
      words >> run.scenario_verdicts[id] >> run.scenario_steps[id];
    } else if (kind == "finding") {
      std::string step;
      words >> step;
      auto& ids = run.finding_evidence[id];
      for (std::string e; words >> e;) ids.push_back(e);
    } else if (kind == "claim") {
      words >> run.claim_verdicts[id];
    } else if (kind == "evidence") {
      std::getline(words >> std::ws, run.evidence[id]);
    }
  }
}

// Whether some evidence a finding of `scenario` names contains `text`.
bool evidence_shows(const TargetRun& run, const std::string& scenario, const std::string& text) {
  const auto named = run.finding_evidence.find(scenario);
  if (named == run.finding_evidence.end()) return false;
  for (const auto& id : named->second) {
    const auto e = run.evidence.find(id);
    if (e != run.evidence.end() && e->second.find(text) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

int TargetRun::total_steps() const {
  int n = 0;
  for (const auto& [id, steps] : scenario_steps) n += steps;
  return n;
}

TargetRun run_harness(const fs::path& dir, const fs::path& statement, const fs::path& target,
                      const std::vector<std::string>& extra, std::chrono::seconds limit) {
  std::vector<std::string> argv{
      harness_binary().string(), "run",   "--statement",         statement.string(), "--target",
      target.string(),           "--out", (dir / "out").string()};
  argv.insert(argv.end(), extra.begin(), extra.end());
  TargetRun run;
  const auto start = std::chrono::steady_clock::now();
  run.exit_code = run_command(argv, dir / "console.txt", limit);
  run.elapsed =
      std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
  run.console = read_text(dir / "console.txt");
  run.report_written = fs::exists(dir / "out" / "report.json");
  if (run.report_written) read_report(dir, run);
  return run;
}

void expect_verdicts(const TargetRun& run, const std::vector<Expected>& table, int timeout_seconds,
                     const char* error_allowed_because) {
  ASSERT_TRUE(run.report_written) << run.console;
  for (const auto& row : table) {
    const auto found = run.scenario_verdicts.find(row.scenario);
    ASSERT_NE(found, run.scenario_verdicts.end()) << row.scenario << " did not run\n" << run.console;
    EXPECT_EQ(found->second, row.verdict) << row.scenario << ": expected because " << row.why << "\n"
                                          << run.console;
    if (row.evidence_shows) {
      EXPECT_TRUE(evidence_shows(run, row.scenario, row.evidence_shows))
          << row.scenario << ": no evidence shows \"" << row.evidence_shows << "\"";
    }
  }
  for (const auto& [id, verdict] : run.scenario_verdicts) {
    const bool error_expected =
        error_allowed_because || std::any_of(table.begin(), table.end(), [&](const Expected& row) {
          return row.scenario == id && std::string_view(row.verdict) == "ERROR";
        });
    if (!error_expected) {
      EXPECT_NE(verdict, "ERROR") << id << " ended in Error: a harness defect\n" << run.console;
    }
    if (verdict != "FAIL") continue;
    const auto named = run.finding_evidence.find(id);
    ASSERT_NE(named, run.finding_evidence.end()) << id << " failed without a finding";
    EXPECT_FALSE(named->second.empty()) << id << " failed without naming evidence";
  }
  for (const auto& [id, evidence] : run.finding_evidence)
    for (const auto& e : evidence)
      EXPECT_TRUE(run.evidence.count(e)) << id << " names " << e << ", not in evidence[]";
  // Every step waits at most the target's timeout; 15 s covers starting up and writing the report.
  const auto bound = std::chrono::seconds(run.total_steps() * timeout_seconds + 15);
  EXPECT_LT(run.elapsed, bound) << "the run took " << run.elapsed.count() << " ms";
}

fs::path example_target(const fs::path& dir, const std::string& name,
                        const std::map<std::uint16_t, std::uint16_t>& ports, int timeout_seconds) {
  std::string text = read_text(source_dir() / "examples/targets" / name);
  const auto replace = [&](const std::string& old_text, const std::string& new_text) {
    const auto at = text.find(old_text);
    if (at == std::string::npos) throw std::runtime_error(name + " has no " + old_text);
    text.replace(at, old_text.size(), new_text);
  };
  for (const auto& [from, to] : ports)
    replace("port=\"" + std::to_string(from) + "\"", "port=\"" + std::to_string(to) + "\"");
  replace("<timeouts seconds=\"10\"/>", "<timeouts seconds=\"" + std::to_string(timeout_seconds) + "\"/>");
  const auto file = dir / "target.xml";
  std::ofstream(file) << text;
  return file;
}

bool library_has_scenarios(const std::string& sut_role) {
  const fs::path folder = source_dir() / "scenarios/library" / sut_role;
  if (!fs::is_directory(folder)) return false;
  for (const auto& entry : fs::directory_iterator(folder))
    if (entry.path().extension() == ".xml") return true;
  return false;
}

}  // namespace ihe::test
