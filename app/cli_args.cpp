#include "app/cli_args.h"

#include <charconv>

#include "base/harness_error.h"

namespace ihe::app {

CliArgs CliArgs::parse(std::string_view command, const std::vector<std::string>& args, const OptionSpec& spec) {
  CliArgs parsed;
  parsed.command_ = command;
  for (std::size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 3 || !arg.starts_with("--")) {
      parsed.positional_.push_back(arg);
      continue;
    }
    std::string name = arg.substr(2);
    std::optional<std::string> inline_value;
    if (const auto eq = name.find('='); eq != std::string::npos) {
      inline_value = name.substr(eq + 1);
      name.resize(eq);
    }
    if (spec.switches.contains(name) && !inline_value) {
      parsed.values_[name] = "";
    } else if (spec.with_value.contains(name)) {
      if (!inline_value && i + 1 >= args.size())
        throw HarnessError(std::string(command) + ": option --" + name + " needs a value");
      parsed.values_[name] = inline_value ? *inline_value : args[++i];
    } else {
      throw HarnessError(std::string(command) + ": unknown option --" + name + " (see --help)");
    }
  }
  return parsed;
}

std::optional<std::string> CliArgs::get(const std::string& name) const {
  const auto it = values_.find(name);
  if (it == values_.end()) return std::nullopt;
  return it->second;
}

std::string CliArgs::get_or(const std::string& name, std::string fallback) const {
  return get(name).value_or(std::move(fallback));
}

std::string CliArgs::require(const std::string& name) const {
  if (auto v = get(name)) return *v;
  throw HarnessError(command_ + ": --" + name + " is required (see --help)");
}

long CliArgs::get_int(const std::string& name, long fallback, long min, long max) const {
  const auto text = get(name);
  if (!text) return fallback;
  long value = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), value);
  if (ec != std::errc() || end != text->data() + text->size() || value < min || value > max)
    throw HarnessError(command_ + ": --" + name + " must be a number from " + std::to_string(min) + " to " +
                       std::to_string(max) + ", got '" + *text + "'");
  return value;
}

}  // namespace ihe::app
