#pragma once

#include "app/cli_args.h"

namespace ihe::app {

// `list scenarios`: options --sut ROLE, --library DIR, --profiles DIR.
int list_scenarios(const CliArgs& args);

}  // namespace ihe::app
