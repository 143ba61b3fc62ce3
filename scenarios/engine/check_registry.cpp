#include "scenarios/engine/check_registry.h"

#include "base/harness_error.h"

namespace ihe::scenarios {

std::string CheckInput::param(const std::string& name, std::string fallback) const {
  const auto it = params.find(name);
  return it == params.end() ? std::move(fallback) : it->second;
}

void CheckRegistry::add(CheckInfo info) {
  const auto name = info.name;
  if (!checks_.emplace(name, std::move(info)).second)
    throw HarnessError("check '" + name + "' is registered twice");
}

const CheckInfo* CheckRegistry::find(std::string_view name) const {
  const auto it = checks_.find(name);
  return it == checks_.end() ? nullptr : &it->second;
}

std::vector<const CheckInfo*> CheckRegistry::all() const {
  std::vector<const CheckInfo*> out;
  for (const auto& [name, info] : checks_) out.push_back(&info);
  return out;
}

reports::Finding shortfall(std::string location, std::string expected, std::string actual,
                           std::string message) {
  reports::Finding finding;
  finding.location = std::move(location);
  finding.expected = std::move(expected);
  finding.actual = std::move(actual);
  finding.message = std::move(message);
  return finding;
}

}  // namespace ihe::scenarios
