// The node-level half of parse.h: splitting text of one node, and the ParseResult accessors.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <utility>
#include <vector>

#include "actors/hl7/parse.h"
#include "actors/hl7/parse_tree.h"
#include "base/harness_error.h"

namespace ihe::hl7 {
namespace {

// Leaves are filled only when new (empty), so by append(): assign() takes std::string's general replace
// path, a good part of the parse (callgrind, bench/validation --count).
// Fills `nodes` (one default child, as every level starts) with the parts of `text` between `separator`s,
// each by `fill(node, part)`. Children are value-initialized in place and filled there, never moved: the
// list is sized once (one allocation when there are several parts) and a single part fills the inline
// child without a second scan.
template <typename Node, typename Fill>
void split_into(NodeList<Node>& nodes, std::string_view text, char separator, Fill fill) {
  const std::size_t parts = 1 + count_of(text, separator);
  if (parts == 1) return fill(nodes.front(), text);
  nodes.clear();  // the default child: nothing to move into the new buffer
  nodes.reserve(parts);
  for (std::size_t start = 0; nodes.size() < parts;) {
    const std::size_t end = std::min(text.find(separator, start), text.size());
    fill(nodes.emplace_back(), text.substr(start, end - start));
    start = end + 1;
  }
}

void fill_component(Component& component, std::string_view er7, const Delimiters& delimiters) {
  split_into(component.subcomponents, er7, delimiters.subcomponent,
             [](std::string& leaf, std::string_view text) { leaf.append(text); });
}

void fill_repetition(Repetition& repetition, std::string_view er7, const Delimiters& delimiters) {
  split_into(
      repetition.components, er7, delimiters.component,
      [&](Component& component, std::string_view text) { fill_component(component, text, delimiters); });
}

}  // namespace

std::size_t count_of(std::string_view text, char c) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  constexpr std::uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;
  const std::uint64_t pattern = kOnes * static_cast<unsigned char>(c);
  std::size_t count = 0;
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, text.data() + i, 8);
    const std::uint64_t x = word ^ pattern;  // a zero byte where `c` is
    // The high bit of each byte that is zero, exactly (no borrow between bytes), then their sum.
    const std::uint64_t zero = ~(((x & kLow7) + kLow7) | x) & ~kLow7;
    count += static_cast<std::size_t>(((zero >> 7) * kOnes) >> 56);
  }
  for (; i < text.size(); ++i) count += text[i] == c ? 1 : 0;
  return count;
}

void fill_field(Field& field, std::string_view er7, const Delimiters& delimiters) {
  // Most fields are empty or one plain value: stored in the inline leaf after one scan for all three
  // separators rather than a scan per level.
  const auto splits = [&](char c) {
    return c == delimiters.repetition || c == delimiters.component || c == delimiters.subcomponent;
  };
  if (std::none_of(er7.begin(), er7.end(), splits)) {
    field.repetitions.front().components.front().subcomponents.front().append(er7);
    return;
  }
  fill_nested_field(field, er7, delimiters);
}

void fill_nested_field(Field& field, std::string_view er7, const Delimiters& delimiters) {
  split_into(
      field.repetitions, er7, delimiters.repetition,
      [&](Repetition& repetition, std::string_view text) { fill_repetition(repetition, text, delimiters); });
}

Component parse_component(std::string_view er7, const Delimiters& delimiters) {
  Component component;
  fill_component(component, er7, delimiters);
  return component;
}

Repetition parse_repetition(std::string_view er7, const Delimiters& delimiters) {
  Repetition repetition;
  fill_repetition(repetition, er7, delimiters);
  return repetition;
}

Field parse_field(std::string_view er7, const Delimiters& delimiters) {
  Field field;
  fill_field(field, er7, delimiters);
  return field;
}

const Message& ParseResult::message() const {
  if (!ok())
    throw HarnessError("HL7 parse result read as a message but it is an error: " + error().description);
  return std::get<Message>(value_);
}

Message& ParseResult::message() {
  return const_cast<Message&>(std::as_const(*this).message());
}

const ParseError& ParseResult::error() const {
  if (ok()) throw HarnessError("HL7 parse result read as an error but the message parsed");
  return std::get<ParseError>(value_);
}

}  // namespace ihe::hl7
