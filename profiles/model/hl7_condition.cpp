#include "profiles/model/hl7_condition.h"

#include <cctype>
#include <charconv>

#include "base/harness_error.h"
#include "base/text.h"

namespace ihe::profiles {
namespace {

std::optional<std::size_t> number(std::string_view text) {
  std::size_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value == 0) return std::nullopt;
  return value;
}

// The words of `text` split at the separator word `word` (" or ", " and ").
std::vector<std::string> split_at_word(std::string_view text, std::string_view word) {
  std::vector<std::string> parts;
  const std::string separator = " " + std::string(word) + " ";
  for (std::size_t start = 0;;) {
    const std::size_t at = text.find(separator, start);
    parts.emplace_back(text.substr(start, at == std::string_view::npos ? text.npos : at - start));
    if (at == std::string_view::npos) return parts;
    start = at + separator.size();
  }
}

ConditionTerm parse_term(const std::string& whole, const std::string& term) {
  const auto words = split_nonempty(term, ' ');
  const auto fail = [&](const std::string& why) -> ConditionTerm {
    throw HarnessError("condition '" + whole + "': '" + term + "' " + why);
  };
  const auto node = [&](const std::string& text) {
    auto ref = FieldRef::parse(text);
    if (!ref) fail("names no field (SEG-F[.C[.S]])");
    return *ref;
  };
  if (words.size() == 1 && words[0] == "non-ascii") return {ConditionTerm::Kind::NonAscii, {}, {}};
  if (words.size() == 2 && (words[0] == "present" || words[0] == "empty"))
    return {words[0] == "present" ? ConditionTerm::Kind::Present : ConditionTerm::Kind::Empty,
            node(words[1]),
            {}};
  if (words.size() == 3 && (words[1] == "=" || words[1] == "!=")) {
    const auto values = split_nonempty(words[2], '|');
    if (values.empty()) fail("lists no value");
    return {words[1] == "=" ? ConditionTerm::Kind::OneOf : ConditionTerm::Kind::NoneOf, node(words[0]),
            values};
  }
  return fail("is none of: SEG-F = V|W, SEG-F != V|W, present SEG-F, empty SEG-F, non-ascii");
}

}  // namespace

std::optional<FieldRef> FieldRef::parse(std::string_view text) {
  if (text.size() < 5 || text[3] != '-' || !std::isupper(static_cast<unsigned char>(text[0])) ||
      !std::isalnum(static_cast<unsigned char>(text[1])) ||
      !std::isalnum(static_cast<unsigned char>(text[2])))
    return std::nullopt;
  FieldRef ref{std::string(text.substr(0, 3)), 0, std::nullopt, std::nullopt};
  const auto parts = split_nonempty(text.substr(4), '.');
  if (parts.empty() || parts.size() > 3 || text.back() == '.') return std::nullopt;
  std::optional<std::size_t> numbers[3];
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (!(numbers[i] = number(parts[i]))) return std::nullopt;
  ref.field = *numbers[0];
  ref.component = numbers[1];
  ref.subcomponent = numbers[2];
  return ref;
}

Hl7Condition Hl7Condition::parse(std::string_view text) {
  Hl7Condition condition{{}, std::string(text)};
  for (const auto& group : split_at_word(text, "or")) {
    auto& terms = condition.any_of.emplace_back();
    for (const auto& term : split_at_word(group, "and")) terms.push_back(parse_term(condition.text, term));
  }
  return condition;
}

}  // namespace ihe::profiles
