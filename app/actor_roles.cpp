#include "app/actor_roles.h"

#include <array>

namespace ihe::app {

// One line per role; each role's factory is app/actor_role_<role>.cpp.
extern const ActorRole kOrderFillerRole;
extern const ActorRole kImageManagerRole;
extern const ActorRole kImageDisplayRole;
extern const ActorRole kAcquisitionModalityRole;
extern const ActorRole kAdtRole;
extern const ActorRole kOrderPlacerRole;

std::span<const ActorRole> all_actor_roles() {
  static const std::array roles{kOrderFillerRole, kImageManagerRole, kImageDisplayRole,
                                kAcquisitionModalityRole, kAdtRole, kOrderPlacerRole};
  return roles;
}

}  // namespace ihe::app
