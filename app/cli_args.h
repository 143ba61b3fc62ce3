#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace ihe::app {

// The options one subcommand understands: which take a value (--to HOST:PORT) and which are switches.
struct OptionSpec {
  std::set<std::string> with_value;
  std::set<std::string> switches;
};

// A parsed command line: options by name (without the leading dashes) and the positional arguments.
// Unknown options and options missing their value throw HarnessError naming the option.
class CliArgs {
 public:
  static CliArgs parse(std::string_view command, const std::vector<std::string>& args, const OptionSpec& spec);

  bool has(const std::string& name) const { return values_.contains(name); }
  std::optional<std::string> get(const std::string& name) const;
  std::string get_or(const std::string& name, std::string fallback) const;
  // The value of a required option; throws HarnessError "COMMAND: --NAME is required" when absent.
  std::string require(const std::string& name) const;
  // An integer option within [min, max]; throws HarnessError naming the option when it is not one.
  long get_int(const std::string& name, long fallback, long min, long max) const;
  const std::vector<std::string>& positional() const { return positional_; }

 private:
  std::string command_;
  std::map<std::string, std::string> values_;
  std::vector<std::string> positional_;
};

}  // namespace ihe::app
