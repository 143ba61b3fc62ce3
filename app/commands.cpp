#include "app/command.h"

#include <array>

namespace ihe::app {

// Each subcommand lives in its own file (app/<group>_<verb>.cpp) and is listed here.
extern const Command kHl7Send;
extern const Command kHl7Listen;
extern const Command kDicomEcho;
extern const Command kDicomStore;
extern const Command kActor;
extern const Command kValidate;
extern const Command kList;
extern const Command kRun;
extern const Command kDemo;
extern const Command kSelftest;

std::span<const Command> all_commands() {
  static const std::array commands{kHl7Send,  kHl7Listen, kDicomEcho, kDicomStore, kActor,
                                   kValidate, kList,      kRun,       kDemo,       kSelftest};
  return commands;
}

}  // namespace ihe::app
