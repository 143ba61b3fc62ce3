#include "actors/common/fault_switches.h"

#include <algorithm>

#include "base/harness_error.h"

namespace ihe::actors {

FaultSwitches FaultSwitches::select(std::span<const FaultInfo> catalog, const std::vector<std::string>& names,
                                    std::string_view role) {
  FaultSwitches switches;
  for (const auto& name : names) {
    const bool known = std::any_of(catalog.begin(), catalog.end(), [&](const FaultInfo& f) { return f.name == name; });
    if (!known) {
      std::string list;
      for (const auto& f : catalog) list += (list.empty() ? "" : ", ") + std::string(f.name);
      throw HarnessError("unknown fault '" + name + "' for " + std::string(role) + " (known: " +
                         (list.empty() ? "none" : list) + ")");
    }
    switches.active_.insert(name);
  }
  return switches;
}

}  // namespace ihe::actors
