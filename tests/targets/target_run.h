#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace ihe::test {

// What one `ihe-harness run` against a real target produced, read back from its report.json through
// report_lines.py (Debian's python3 json: a reader that is not ours).
struct TargetRun {
  int exit_code = -1;
  std::chrono::milliseconds elapsed{0};
  std::string console;
  bool report_written = false;
  std::map<std::string, std::string> scenario_verdicts;  // id -> PASS, FAIL, ...
  std::map<std::string, int> scenario_steps;
  std::map<std::string, std::vector<std::string>> finding_evidence;  // scenario id -> evidence ids named
  std::map<std::string, std::string> claim_verdicts;                 // SWF.b:IM -> FAIL
  std::map<std::string, std::string> evidence;                       // id -> summary
  int total_steps() const;
};

// Runs `ihe-harness run --statement --target --out DIR/out [extra]` as a user would, bounded by `limit`.
TargetRun run_harness(const std::filesystem::path& dir, const std::filesystem::path& statement,
                      const std::filesystem::path& target, const std::vector<std::string>& extra,
                      std::chrono::seconds limit);

// One written-down expectation: the verdict a real target earns in a scenario, and why; for a Fail, a text
// some evidence the scenario's findings name must contain (the status or transport outcome that shows it).
struct Expected {
  const char* scenario;
  const char* verdict;
  const char* why;
  const char* evidence_shows = nullptr;
};

// Assertions every real-target run must meet: each row's verdict; every Fail names at least one evidence id
// and every id a finding names exists in evidence[]; no scenario ends in Error (our bug or a target file
// that lacks a service the scenario needs) unless its row expects it or `error_allowed_because` says why;
// the run ended within the sum of its step deadlines plus a margin (a hang guard).
void expect_verdicts(const TargetRun& run, const std::vector<Expected>& table, int timeout_seconds,
                     const char* error_allowed_because = nullptr);

// examples/targets/`name` as a user would use it, with each of its ports (the text port="N") replaced by
// the free one this test started the target on, and its <timeouts seconds> by `timeout_seconds`; written
// to dir/target.xml.
std::filesystem::path example_target(const std::filesystem::path& dir, const std::string& name,
                                     const std::map<std::uint16_t, std::uint16_t>& ports,
                                     int timeout_seconds);

// Whether the shipped scenario library has any scenario for this SUT role.
bool library_has_scenarios(const std::string& sut_role);

}  // namespace ihe::test
