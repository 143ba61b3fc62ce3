#pragma once

#include <chrono>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "profiles/model/rule_set.h"
#include "reports/model/target.h"
#include "scenarios/engine/evidence_log.h"
#include "scenarios/engine/scenario.h"
#include "scenarios/engine/step_outcome.h"

namespace ihe::scenarios {

// What the exchanges of one run share: the harness-side simulated actors, made from the run's target when
// the run starts and destroyed (stopped) when it ends, so each run talks to its own target only and two
// runs through one registry (demo: one per role; the fault matrix: rows side by side) share nothing.
class RunState {
 public:
  virtual ~RunState() = default;
};

// What the exchanges of one scenario share: the harness-side simulated actors and what earlier steps made
// (the procedure, the stored instances). Made fresh for every scenario by the registry's factory, so no
// scenario sees another's state; the exchange family that makes it is the only one that reads it.
class ScenarioState {
 public:
  virtual ~ScenarioState() = default;
};

struct ExchangeContext {
  const reports::Target& target;
  EvidenceLog& evidence;
  ScenarioState& state;
  const Step& step;                // ${var}s expanded
  std::chrono::seconds deadline;   // every wait of the exchange ends by then (the target's timeout or less)
  const profiles::RuleSet& rules;  // for cross-message (copy) rules an exchange applies to what it gathered
  const Scenario& scenario;        // its claims name the profile whose rules apply
};

using ExchangeFn = std::function<StepOutcome(ExchangeContext&)>;

// How a send/await/query step of one transaction is carried out: the attributes it takes beside id,
// title, transaction, depends-on and deadline, whether it takes <key> children, and the code.
struct ExchangeInfo {
  StepKind kind = StepKind::Send;
  std::string transaction;
  std::string summary;
  std::set<std::string> params;
  bool takes_keys = false;
  ExchangeFn run;
};

// Exchanges by (step kind, transaction). A step naming a pair not registered is a load error.
class ExchangeRegistry {
 public:
  using StateFactory = std::function<std::unique_ptr<ScenarioState>(const reports::Target&, EvidenceLog&)>;
  using RunFactory = std::function<std::unique_ptr<RunState>(const reports::Target&)>;
  using RunStateFactory =
      std::function<std::unique_ptr<ScenarioState>(RunState&, const reports::Target&, EvidenceLog&)>;

  // Exchanges whose scenarios share nothing beyond the scenario.
  explicit ExchangeRegistry(StateFactory factory);
  // Exchanges whose scenarios share per-run state (`run_factory`; each scenario's state is made from it).
  ExchangeRegistry(RunFactory run_factory, RunStateFactory factory);
  // Throws HarnessError when the pair is taken.
  void add(ExchangeInfo info);
  const ExchangeInfo* find(StepKind kind, const std::string& transaction) const;
  std::vector<const ExchangeInfo*> all() const;
  // Made by the runner at the start of each run, destroyed at its end.
  std::unique_ptr<RunState> start_run(const reports::Target& target) const;
  std::unique_ptr<ScenarioState> make_state(RunState& run, const reports::Target& target,
                                            EvidenceLog& evidence) const;

 private:
  RunFactory run_factory_;
  RunStateFactory factory_;
  std::map<std::pair<StepKind, std::string>, ExchangeInfo> exchanges_;
};

}  // namespace ihe::scenarios
