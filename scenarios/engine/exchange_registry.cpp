#include "scenarios/engine/exchange_registry.h"

#include "base/harness_error.h"

namespace ihe::scenarios {

ExchangeRegistry::ExchangeRegistry(StateFactory factory)
    : factory_([f = std::move(factory)](RunState&, const reports::Target& target, EvidenceLog& evidence) {
        return f ? f(target, evidence) : std::make_unique<ScenarioState>();
      }) {}

ExchangeRegistry::ExchangeRegistry(RunFactory run_factory, RunStateFactory factory)
    : run_factory_(std::move(run_factory)), factory_(std::move(factory)) {}

void ExchangeRegistry::add(ExchangeInfo info) {
  auto key = std::make_pair(info.kind, info.transaction);
  const auto what = std::string(to_string(info.kind)) + " " + info.transaction;
  if (!exchanges_.emplace(std::move(key), std::move(info)).second)
    throw HarnessError("exchange '" + what + "' is registered twice");
}

const ExchangeInfo* ExchangeRegistry::find(StepKind kind, const std::string& transaction) const {
  const auto it = exchanges_.find({kind, transaction});
  return it == exchanges_.end() ? nullptr : &it->second;
}

std::vector<const ExchangeInfo*> ExchangeRegistry::all() const {
  std::vector<const ExchangeInfo*> out;
  for (const auto& [key, info] : exchanges_) out.push_back(&info);
  return out;
}

std::unique_ptr<RunState> ExchangeRegistry::start_run(const reports::Target& target) const {
  return run_factory_ ? run_factory_(target) : std::make_unique<RunState>();
}

std::unique_ptr<ScenarioState> ExchangeRegistry::make_state(RunState& run, const reports::Target& target,
                                                            EvidenceLog& evidence) const {
  return factory_ ? factory_(run, target, evidence) : std::make_unique<ScenarioState>();
}

}  // namespace ihe::scenarios
