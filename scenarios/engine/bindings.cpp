#include "scenarios/engine/bindings.h"

#include <cctype>

#include "base/harness_error.h"

namespace ihe::scenarios {
namespace {

bool is_name_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '-' || c == '_' || c == '.';
}

// Calls on_text for literal runs and on_name for each reference; returns an error text or empty.
template <typename Text, typename Name>
std::string scan(std::string_view text, Text on_text, Name on_name) {
  std::size_t pos = 0;
  while (pos < text.size()) {
    const auto start = text.find("${", pos);
    if (start == std::string_view::npos) break;
    on_text(text.substr(pos, start - pos));
    const auto close = text.find('}', start);
    if (close == std::string_view::npos) return "unterminated ${ in '" + std::string(text) + "'";
    const auto name = text.substr(start + 2, close - start - 2);
    for (char c : name)
      if (!is_name_char(c)) return "bad variable name '" + std::string(name) + "'";
    if (name.empty()) return "empty ${} in '" + std::string(text) + "'";
    on_name(std::string(name));
    pos = close + 1;
  }
  on_text(text.substr(std::min(pos, text.size())));
  return {};
}

}  // namespace

std::vector<std::string> references(std::string_view text, const std::string& where) {
  std::vector<std::string> names;
  const auto error = scan(
      text, [](std::string_view) {}, [&](std::string name) { names.push_back(name); });
  if (!error.empty()) throw HarnessError(where + ": " + error);
  return names;
}

Expansion expand(std::string_view text, const Bindings& bindings) {
  Expansion out;
  scan(
      text, [&](std::string_view literal) { out.text += literal; },
      [&](const std::string& name) {
        const auto it = bindings.find(name);
        if (it != bindings.end())
          out.text += it->second;
        else if (!out.unbound)
          out.unbound = name;
      });
  return out;
}

}  // namespace ihe::scenarios
