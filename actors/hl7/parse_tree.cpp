// The node-level half of parse.h: splitting text of one node, and the ParseResult accessors.
#include <algorithm>
#include <utility>
#include <vector>

#include "actors/hl7/parse.h"
#include "base/harness_error.h"

namespace ihe::hl7 {
namespace {

template <typename Node, typename ParsePart>
NodeList<Node> split(std::string_view text, char separator, ParsePart parse_part) {
  // Sized up front: at most one allocation per node instead of a growing vector's several.
  NodeList<Node> nodes;
  nodes.reserve(1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), separator)));
  std::size_t start = 0;
  while (true) {
    const std::size_t end = text.find(separator, start);
    nodes.emplace_back(parse_part(text.substr(start, end == std::string_view::npos ? end : end - start)));
    if (end == std::string_view::npos) return nodes;
    start = end + 1;
  }
}

}  // namespace

Component parse_component(std::string_view er7, const Delimiters& delimiters) {
  return Component{
      split<std::string>(er7, delimiters.subcomponent, [](std::string_view s) { return std::string(s); })};
}

Repetition parse_repetition(std::string_view er7, const Delimiters& delimiters) {
  return Repetition{split<Component>(er7, delimiters.component,
                                     [&](std::string_view s) { return parse_component(s, delimiters); })};
}

Field parse_field(std::string_view er7, const Delimiters& delimiters) {
  // Most fields are empty or one plain value: built directly rather than by a scan per level.
  const auto splits = [&](char c) {
    return c == delimiters.repetition || c == delimiters.component || c == delimiters.subcomponent;
  };
  if (std::none_of(er7.begin(), er7.end(), splits)) return Field::leaf(std::string(er7));
  return Field{split<Repetition>(er7, delimiters.repetition,
                                 [&](std::string_view s) { return parse_repetition(s, delimiters); })};
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
