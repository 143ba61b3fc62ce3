#include <fmt/core.h>

#include <exception>
#include <string>
#include <vector>

#include "app/command.h"
#include "base/harness_error.h"

namespace {

constexpr std::string_view kVersion = "0.1.0";

void print_overview() {
  fmt::print(
      "ihe-harness {}: IHE Radiology (SWF.b, PIR) conformance test harness\n\n"
      "usage: ihe-harness COMMAND [OPTIONS]   (ihe-harness COMMAND --help for details)\n\ncommands:\n",
      kVersion);
  for (const auto& command : ihe::app::all_commands()) fmt::print("  {:<16} {}\n", command.name, command.summary);
  fmt::print("\nexit codes: 0 success, 1 the peer refused or failed, 2 usage or configuration error\n");
}

// The longest run of leading words of args that names a command ("hl7 send" before "hl7").
const ihe::app::Command* find_command(const std::vector<std::string>& args, std::size_t& words_used) {
  const ihe::app::Command* best = nullptr;
  for (const auto& command : ihe::app::all_commands()) {
    std::string joined;
    for (std::size_t n = 1; n <= args.size(); ++n) {
      joined += (n > 1 ? " " : "") + args[n - 1];
      if (joined == command.name && (best == nullptr || n > words_used)) {
        best = &command;
        words_used = n;
      }
    }
  }
  return best;
}

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string> args(argv + 1, argv + argc);
  if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
    print_overview();
    return args.empty() ? 2 : 0;
  }
  if (args[0] == "--version") {
    fmt::print("ihe-harness {}\n", kVersion);
    return 0;
  }
  std::size_t words = 0;
  const ihe::app::Command* command = find_command(args, words);
  if (command == nullptr) {
    fmt::print(stderr, "ihe-harness: unknown command '{}' (see ihe-harness --help)\n", args[0]);
    return 2;
  }
  const std::vector<std::string> rest(args.begin() + static_cast<long>(words), args.end());
  for (const auto& a : rest) {
    if (a == "--help" || a == "-h") {
      fmt::print("{}", command->help);
      if (command->help_details != nullptr) fmt::print("{}", command->help_details());
      return 0;
    }
  }
  try {
    return command->run(rest);
  } catch (const ihe::HarnessError& e) {
    fmt::print(stderr, "ihe-harness: {}\n", e.what());
    return 2;
  } catch (const std::exception& e) {
    fmt::print(stderr, "ihe-harness: internal error: {}\n", e.what());
    return 2;
  }
}
