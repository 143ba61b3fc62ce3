#include "app/actor_roles.h"

#include <array>

namespace ihe::app {

// One line per role; each role's factory lives beside its actor (actors/<role>/).
extern const ActorRole kAcquisitionModalityRole;

std::span<const ActorRole> all_actor_roles() {
  static const std::array roles{kAcquisitionModalityRole};
  return roles;
}

}  // namespace ihe::app
