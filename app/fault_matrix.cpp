// The detection matrix (issue 7): each fault against the scenarios meant to see it, our actors as the SUT
// in this process, and each role's library once against the conformant actors to count false Fails.
#include "app/fault_matrix.h"

#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

#include "actors/common/transport_faults/fault_front.h"
#include "app/own_sut.h"
#include "scenarios/engine/run_plan.h"
#include "scenarios/engine/runner.h"

namespace ihe::app {
namespace {

constexpr int kTransportTimeout = 2;  // seconds, the target timeout of the transport rows

std::vector<const scenarios::Scenario*> matching(const ScenarioSetup& setup, const FaultRow& row) {
  std::vector<const scenarios::Scenario*> found;
  for (const auto& s : setup.library)
    if (s.sut_role == row.role && std::any_of(row.scenarios.begin(), row.scenarios.end(),
                                              [&](const auto& g) { return scenarios::glob_match(g, s.id); }))
      found.push_back(&s);
  return found;
}

std::vector<ScenarioOutcome> run_scenarios(const ScenarioSetup& setup, OwnSut& sut,
                                           const std::vector<const scenarios::Scenario*>& selected) {
  reports::IntegrationStatement statement;
  statement.vendor = statement.product = "ihe-harness selftest";
  scenarios::RunPlan plan;
  for (const auto* s : selected) {
    plan.scenarios.push_back(s);
    for (const auto& c : s->claims)
      if (std::find(statement.claims.begin(), statement.claims.end(), c) == statement.claims.end())
        statement.claims.push_back(c);
  }
  plan.claims = statement.claims;
  scenarios::RunOptions options;
  options.operator_fn = sut.operator_fn;
  const auto report =
      scenarios::run(plan, statement, sut.target, {setup.checks, setup.exchanges, setup.rules}, options);
  std::vector<ScenarioOutcome> outcomes;
  for (std::size_t i = 0; i < report.scenarios.size(); ++i) {
    const auto& r = report.scenarios[i];
    // Every wait is bounded by the target's timeout; a few seconds of slack for the work between them.
    const auto bound_ms =
        (static_cast<long>(selected[i]->steps.size()) * sut.target.timeout_seconds + 5) * 1000L;
    std::string first;
    for (const auto& step : r.steps)
      if (first.empty() && step.verdict != reports::Verdict::Pass)
        first = step.id + " " + std::string(reports::to_string(step.verdict)) + " " + step.note;
    outcomes.push_back({r.id, r.verdict, r.duration_ms <= bound_ms, first});
  }
  return outcomes;
}

// One row (or a role's clean library): our actor with the row's fault switched on, or conformant behind
// the fault front for a transport row.
std::vector<ScenarioOutcome> run_job(const ScenarioSetup& setup, const FaultRow& row,
                                     const std::vector<const scenarios::Scenario*>& selected) {
  if (!row.transport) {
    OwnSut sut(row.role,
               row.fault.empty() ? std::vector<std::string>{} : std::vector<std::string>{row.fault});
    sut.start();
    return run_scenarios(setup, sut, selected);
  }
  const auto front_port = free_port();
  OwnSut sut(row.role, {}, {.timeout_seconds = kTransportTimeout, .work = {}, .interrupted = nullptr});
  sut.start();
  actors::FaultFront front({.fault = *actors::transport_fault_named(row.fault),
                            .port = front_port,
                            .upstream_port = sut.target.dicom.port,
                            // Far faster than one read's timeout: the DICOM layer's deadlines bound each
                            // exchange as a whole, so a steady trickle must still end at the deadline.
                            .drip_interval = std::chrono::milliseconds(300)});
  front.start();
  sut.target.dicom.port = front_port;
  return run_scenarios(setup, sut, selected);
}

}  // namespace

bool MatrixRow::detected() const {
  return std::any_of(outcomes.begin(), outcomes.end(),
                     [](const auto& o) { return o.verdict == reports::Verdict::Fail; });
}

std::size_t FaultMatrix::detected() const {
  return static_cast<std::size_t>(
      std::count_if(rows.begin(), rows.end(), [](const auto& r) { return r.detected(); }));
}

std::size_t FaultMatrix::false_fails() const {
  return static_cast<std::size_t>(std::count_if(
      clean.begin(), clean.end(), [](const auto& o) { return o.verdict != reports::Verdict::Pass; }));
}

bool FaultMatrix::deadlines_kept() const {
  for (const auto& r : rows)
    for (const auto& o : r.outcomes)
      if (!o.within_deadline) return false;
  return true;
}

FaultMatrix run_fault_matrix(const ScenarioSetup& setup, std::size_t concurrent) {
  // The jobs in output order: each role's library without faults, then every row. Each job has its own
  // SUT on its own ports and its own harness actors (made per run), so jobs run side by side; their
  // results land in their slot, so the order is the table's whatever finishes first.
  std::vector<FaultRow> jobs;
  for (const char* role : {"image-manager", "acquisition-modality", "order-filler"})
    jobs.push_back({role, "", {"*"}, false});
  const auto clean_jobs = jobs.size();
  for (const auto& row : fault_table()) jobs.push_back(row);

  std::vector<std::vector<ScenarioOutcome>> outcomes(jobs.size());
  std::vector<std::exception_ptr> errors(jobs.size());
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (auto i = next++; i < jobs.size(); i = next++) try {
        const auto selected = matching(setup, jobs[i]);
        if (!selected.empty()) outcomes[i] = run_job(setup, jobs[i], selected);
      } catch (...) {
        errors[i] = std::current_exception();
      }
  };
  std::vector<std::thread> pool;
  for (std::size_t t = 0; t < std::max<std::size_t>(concurrent, 1); ++t) pool.emplace_back(worker);
  for (auto& thread : pool) thread.join();
  for (const auto& error : errors)
    if (error) std::rethrow_exception(error);

  FaultMatrix matrix;
  for (std::size_t i = 0; i < jobs.size(); ++i) {
    if (i < clean_jobs) {
      for (auto& o : outcomes[i]) matrix.clean.push_back(std::move(o));
    } else {
      matrix.rows.push_back({jobs[i], std::move(outcomes[i])});
    }
  }
  return matrix;
}

std::string format_matrix(const FaultMatrix& matrix) {
  std::string text;
  for (const auto& row : matrix.rows) {
    std::string cells;
    for (const auto& o : row.outcomes)
      cells += fmt::format(" {}:{}{}", o.id,
                           o.verdict == reports::Verdict::Fail
                               ? "detected"
                               : "missed(" + std::string(reports::to_string(o.verdict)) + ")",
                           o.within_deadline ? "" : "(deadline overrun)");
    if (row.outcomes.empty()) cells = " no scenario yet";
    text += fmt::format("{:<9} {:<22} {:<38}{}\n", row.detected() ? "DETECTED" : "MISSED", row.fault.role,
                        row.fault.fault, cells);
  }
  for (const auto& row : matrix.rows)
    for (const auto& o : row.outcomes)
      if (o.verdict != reports::Verdict::Fail)
        text += fmt::format("  {} {} missed: {}\n", row.fault.fault, o.id, o.first_unpassed);
  for (const auto& o : matrix.clean)
    if (o.verdict != reports::Verdict::Pass)
      text += fmt::format("FALSE     {} {} without faults: {}\n", o.id, reports::to_string(o.verdict),
                          o.first_unpassed);
  text += fmt::format("detected {}/{} faults, {} false fails\n", matrix.detected(), matrix.rows.size(),
                      matrix.false_fails());
  return text;
}

}  // namespace ihe::app
