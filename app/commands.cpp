#include "app/command.h"

#include <array>

namespace ihe::app {

// Each subcommand lives in its own file (app/<group>_<verb>.cpp) and is listed here.

std::span<const Command> all_commands() {
  static const std::array<Command, 0> commands{};
  return commands;
}

}  // namespace ihe::app
