#include "app/actor_roles.h"

#include <array>

namespace ihe::app {

// One line per role; each role's factory lives beside its actor (actors/<role>/).
extern const ActorRole kImageDisplayRole;

std::span<const ActorRole> all_actor_roles() {
  static const std::array roles{kImageDisplayRole};
  return roles;
}

}  // namespace ihe::app
