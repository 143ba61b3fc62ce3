#pragma once

#include <functional>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "reports/model/finding.h"
#include "scenarios/engine/step_outcome.h"

namespace ihe::scenarios {

// What a check sees: the step's outcome and the expectation's parameters, ${var}s already expanded.
struct CheckInput {
  const StepOutcome& outcome;
  const std::map<std::string, std::string>& params;

  // The parameter, or `fallback` when the expectation does not set it.
  std::string param(const std::string& name, std::string fallback = {}) const;
};

// A check returns one finding per way the outcome falls short, each with location, expected, actual and
// message in words; the runner adds the expectation's SpecRef and severity and the step's evidence ids.
// An empty result means the expectation holds.
using CheckFn = std::function<std::vector<reports::Finding>(const CheckInput&)>;

struct CheckInfo {
  std::string name;  // kebab-case, what <expect check="..."> names
  std::string summary;
  std::set<std::string> required;
  std::set<std::string> optional;
  CheckFn run;
};

// Checks by name. Scenario files name checks; a name not registered is a load error.
class CheckRegistry {
 public:
  // Throws HarnessError when the name is taken (two families must not register the same check).
  void add(CheckInfo info);
  const CheckInfo* find(std::string_view name) const;
  std::vector<const CheckInfo*> all() const;

 private:
  std::map<std::string, CheckInfo, std::less<>> checks_;
};

// A finding with its words filled: the usual shape a check returns.
reports::Finding shortfall(std::string location, std::string expected, std::string actual,
                           std::string message);

}  // namespace ihe::scenarios
