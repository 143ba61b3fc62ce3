#pragma once

#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ihe::actors {

// A deliberate defect a simulated actor can be told to commit, so that tests/faults can prove every
// conformance check detects a broken target. Each actor publishes its catalog; `ihe-harness actor ROLE
// --help` lists it.
struct FaultInfo {
  std::string_view name;         // kebab-case, e.g. "mwl-drop-accession-number"
  std::string_view description;  // what the actor then does wrong, and which requirement that breaks
};

// The faults switched on for one actor. Empty (a conformant actor) by default.
class FaultSwitches {
 public:
  FaultSwitches() = default;
  // Throws ihe::HarnessError "unknown fault 'NAME' for ROLE (known: ...)" for a name not in the catalog.
  static FaultSwitches select(std::span<const FaultInfo> catalog, const std::vector<std::string>& names,
                              std::string_view role);

  bool on(std::string_view name) const { return active_.contains(std::string(name)); }
  bool empty() const { return active_.empty(); }
  const std::set<std::string>& active() const { return active_; }

 private:
  std::set<std::string> active_;
};

}  // namespace ihe::actors
