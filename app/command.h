#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace ihe::app {

// One subcommand of ihe-harness. run() gets the arguments after the command words and returns the exit
// code: 0 success, 1 the peer refused or failed, 2 usage or configuration error (HarnessError is caught
// in main and also becomes 2).
struct Command {
  std::string_view name;     // the command words, e.g. "hl7 send"
  std::string_view summary;  // one line for `ihe-harness --help`
  std::string_view help;     // the whole text of `ihe-harness NAME --help`
  int (*run)(const std::vector<std::string>& args);
  // Help that depends on data (e.g. the roles and fault switches of `actor`), printed after `help`.
  std::string (*help_details)() = nullptr;
};

// Every subcommand, in the order --help lists them (app/commands.cpp).
std::span<const Command> all_commands();

}  // namespace ihe::app
