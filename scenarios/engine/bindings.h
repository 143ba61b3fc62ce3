#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ihe::scenarios {

// ${name} references: names are letters, digits, '-', '_' and '.'. There is no escape and no nesting: a
// scenario is declarative (ARCHITECTURE.md), so a literal "${" has no use in it.
using Bindings = std::map<std::string, std::string>;

// The names `text` refers to, in order; throws HarnessError naming `where` for an unterminated or
// malformed reference.
std::vector<std::string> references(std::string_view text, const std::string& where);

// `text` with every reference replaced; the first unbound name when one is not bound.
struct Expansion {
  std::string text;
  std::optional<std::string> unbound;
};
Expansion expand(std::string_view text, const Bindings& bindings);

}  // namespace ihe::scenarios
