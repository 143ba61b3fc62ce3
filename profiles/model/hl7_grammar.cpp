#include <cctype>

#include "base/harness_error.h"
#include "profiles/model/hl7_rules.h"

namespace ihe::profiles {
namespace {

class GrammarParser {
 public:
  explicit GrammarParser(const std::string& text) : text_(text) {}

  GrammarNode parse() {
    GrammarNode root;
    root.children = sequence('\0');
    if (root.children.empty()) fail("empty grammar");
    return root;
  }

 private:
  std::vector<GrammarNode> sequence(char closing) {
    std::vector<GrammarNode> nodes;
    for (skip_space(); pos_ < text_.size(); skip_space()) {
      const char c = text_[pos_];
      if (c == ']' || c == '}') {
        if (c != closing) fail(std::string("unexpected '") + c + "'");
        ++pos_;
        return nodes;
      }
      nodes.push_back(element());
    }
    if (closing != '\0') fail(std::string("missing '") + closing + "'");
    return nodes;
  }

  GrammarNode element() {
    const char c = text_[pos_];
    if (c == '[' || c == '{') {
      ++pos_;
      GrammarNode group;
      group.children = sequence(c == '[' ? ']' : '}');
      if (group.children.empty()) fail("empty group");
      // [X] and {X} of a single element mark that element rather than wrap it: [{NTE}] is one optional,
      // repeating segment.
      GrammarNode node = group.children.size() == 1 ? std::move(group.children.front()) : std::move(group);
      (c == '[' ? node.optional : node.repeating) = true;
      return node;
    }
    const std::size_t start = pos_;
    while (pos_ < text_.size() && std::isalnum(static_cast<unsigned char>(text_[pos_]))) ++pos_;
    const std::string id = text_.substr(start, pos_ - start);
    if (id.size() != 3 || !std::isupper(static_cast<unsigned char>(id[0])))
      fail("not a segment id: '" + id + "'");
    GrammarNode node;
    node.segment = id;
    return node;
  }

  void skip_space() {
    while (pos_ < text_.size() && std::isspace(static_cast<unsigned char>(text_[pos_]))) ++pos_;
  }
  [[noreturn]] void fail(const std::string& what) const {
    throw HarnessError("grammar '" + text_ + "' at position " + std::to_string(pos_ + 1) + ": " + what);
  }

  const std::string& text_;
  std::size_t pos_ = 0;
};

}  // namespace

GrammarNode parse_grammar(const std::string& text) {
  return GrammarParser(text).parse();
}

std::string GrammarNode::to_string() const {
  std::string inner = segment;
  for (const auto& child : children) inner += (inner.empty() ? "" : " ") + child.to_string();
  if (repeating) inner = "{" + inner + "}";
  if (optional) inner = "[" + inner + "]";
  return inner;
}

const MessageRules* Hl7TransactionRules::find(std::string_view type, std::string_view trigger) const {
  for (const auto& m : messages)
    if (m.type == type && m.trigger == trigger) return &m;
  return nullptr;
}

}  // namespace ihe::profiles
