// Segment order and cardinality against the abstract message syntax (HL7 v2.5.1 2.12) and the profile's
// narrower segment counts.
#include <fmt/core.h>

#include "validation/finding_builder.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

std::string first_segment(const profiles::GrammarNode& node) {
  return node.is_group() ? first_segment(node.children.front()) : node.segment;
}

// Greedy matching without backtracking, which HL7 grammars allow: each group starts with a segment that
// decides it. Once a group has begun, a missing required element is reported and matching goes on, so
// one missing IPC gives one finding rather than a cascade.
class GrammarMatcher {
 public:
  GrammarMatcher(const hl7::Message& message, const profiles::MessageRules& rules,
                 std::vector<reports::Finding>& out)
      : message_(message), rules_(rules), out_(out) {}

  void run() {
    match_group(rules_.grammar, true);
    if (pos_ < message_.segments().size()) {
      const std::string& id = message_.segments()[pos_].id;
      out_.push_back(
          broken(rules_.grammar_meta, location_of(pos_),
                 "segments in the order of " + rules_.structure + ": " + rules_.grammar.to_string(), id,
                 fmt::format("segment {} (position {}) is not allowed here", id, pos_ + 1)));
    }
  }

 private:
  bool match_node(const profiles::GrammarNode& node) {
    if (!match_once(node)) return false;
    if (node.repeating)
      while (pos_ < message_.segments().size() && match_once(node)) {
      }
    return true;
  }

  bool match_once(const profiles::GrammarNode& node) {
    if (node.is_group()) return match_group(node, false);
    if (pos_ < message_.segments().size() && message_.segments()[pos_].id == node.segment) {
      ++pos_;
      return true;
    }
    return false;
  }

  bool match_group(const profiles::GrammarNode& group, bool committed) {
    const std::size_t start = pos_;
    bool started = committed;
    std::vector<reports::Finding> missing;
    for (const auto& child : group.children) {
      if (match_node(child)) {
        started = true;
      } else if (!child.optional && !started) {
        // The leading required segment decides whether the group is there at all.
        pos_ = start;
        return false;
      } else if (!child.optional) {
        const std::string id = first_segment(child);
        missing.push_back(
            broken(rules_.grammar_meta, id, id + " present (" + rules_.structure + ")", "absent",
                   "required segment " + id + " is missing" +
                       (pos_ < message_.segments().size() ? " before " + location_of(pos_) : "")));
      }
    }
    if (!started) {
      pos_ = start;
      return false;
    }
    out_.insert(out_.end(), missing.begin(), missing.end());
    return true;
  }

  std::string location_of(std::size_t index) const {
    const std::string& id = message_.segments()[index].id;
    std::size_t occurrence = 0;
    for (std::size_t i = 0; i <= index; ++i) occurrence += message_.segments()[i].id == id ? 1 : 0;
    return occurrence == 1 ? id : fmt::format("{}[{}]", id, occurrence);
  }

  const hl7::Message& message_;
  const profiles::MessageRules& rules_;
  std::vector<reports::Finding>& out_;
  std::size_t pos_ = 0;
};

}  // namespace

void check_grammar(const hl7::Message& message, const profiles::MessageRules& rules,
                   std::vector<reports::Finding>& out) {
  GrammarMatcher(message, rules, out).run();
}

void check_cardinalities(const hl7::Message& message, const profiles::MessageRules& rules,
                         std::vector<reports::Finding>& out) {
  for (const auto& rule : rules.cardinalities) {
    const std::size_t count = message.count(rule.segment);
    const bool too_few = count < rule.min;
    const bool too_many = rule.max != 0 && count > rule.max;
    if (!too_few && !too_many) continue;
    const std::string range =
        rule.max == 0 ? fmt::format("at least {}", rule.min) : fmt::format("{}..{}", rule.min, rule.max);
    out.push_back(broken(rule.meta, rule.segment, range + " " + rule.segment, fmt::format("{}", count),
                         fmt::format("{} occurs {} times", rule.segment, count)));
  }
}

}  // namespace ihe::validation
