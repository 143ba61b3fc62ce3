#include "app/command.h"

#include <array>

namespace ihe::app {

// Each subcommand lives in its own file (app/<group>_<verb>.cpp) and is listed here.
extern const Command kDicomEcho;
extern const Command kDicomStore;

std::span<const Command> all_commands() {
  static const std::array commands{kDicomEcho, kDicomStore};
  return commands;
}

}  // namespace ihe::app
