// Segment order and cardinality against the abstract message syntax (HL7 v2.5.1 2.12) and the profile's
// narrower segment counts.
#include <fmt/core.h>

#include <algorithm>
#include <string_view>

#include "validation/finding_builder.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

std::string first_segment(const profiles::GrammarNode& node) {
  return node.is_group() ? first_segment(node.children.front()) : node.segment;
}

// Segment ids, few enough for a linear search.
using Ids = std::vector<std::string_view>;

bool contains(const Ids& ids, std::string_view id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}
void add(Ids& ids, std::string_view id) {
  if (!contains(ids, id)) ids.push_back(id);
}

// The segments `node` can begin with (its FIRST set): a group's children up to its first required one.
void add_first(const profiles::GrammarNode& node, Ids& out) {
  if (!node.is_group()) return add(out, node.segment);
  for (const auto& child : node.children) {
    add_first(child, out);
    if (!child.optional) return;
  }
}

// Greedy matching without backtracking, which HL7 grammars allow: each group starts with a segment that
// decides it. A conformant message is matched once, cheaply. A broken one is matched again with recovery
// so that every fault is reported once, at its place:
// - a segment that cannot stand where it stands (not one that may come next) is reported and skipped when
//   a segment that may come next follows it, before any segment that belongs to a later part of the
//   message: the matcher resynchronises on that segment (panic mode with the FOLLOW sets);
// - otherwise a required element the message lacks is reported missing and matching goes on, so one
//   missing IPC gives one finding rather than a cascade;
// - whatever is left after the whole grammar is reported segment by segment.
class GrammarMatcher {
 public:
  GrammarMatcher(const hl7::Message& message, const profiles::MessageRules& rules,
                 std::vector<reports::Finding>& out, bool recovering)
      : message_(message), rules_(rules), out_(out), recovering_(recovering) {}

  // False when the message does not follow the grammar (findings are added only while recovering).
  bool run() {
    match_group(rules_.grammar, true, {});
    const bool clean = pos_ == segments().size() && faults_ == 0;
    for (; recovering_ && pos_ < segments().size(); ++pos_) report_misplaced(pos_);
    return clean;
  }

 private:
  const std::vector<hl7::Segment>& segments() const { return message_.segments(); }

  // `follow`: the segments that may come after `node` (only computed while recovering).
  bool match_node(const profiles::GrammarNode& node, const Ids& follow) {
    Ids inner_follow;
    if (recovering_) {
      inner_follow = follow;
      if (node.repeating) add_first(node, inner_follow);
    }
    if (!match_once(node, inner_follow)) return false;
    if (!node.repeating) return true;
    Ids first;
    if (recovering_) add_first(node, first);
    while (pos_ < segments().size()) {
      if (match_once(node, inner_follow)) continue;
      // Stray segments between two repetitions: skip them when another repetition follows.
      if (!recovering_ || !resync(first, follow)) break;
    }
    return true;
  }

  bool match_once(const profiles::GrammarNode& node, const Ids& follow) {
    if (node.is_group()) return match_group(node, false, follow);
    if (pos_ < segments().size() && segments()[pos_].id == node.segment) {
      ++pos_;
      return true;
    }
    return false;
  }

  bool match_group(const profiles::GrammarNode& group, bool committed, const Ids& follow) {
    const std::size_t start = pos_;
    bool started = committed;
    const auto& children = group.children;
    for (std::size_t i = 0; i < children.size(); ++i) {
      const auto& child = children[i];
      Ids after;  // what may come after this child: any later sibling, then what follows the group
      if (recovering_) {
        for (std::size_t k = i + 1; k < children.size(); ++k) add_first(children[k], after);
        for (const auto id : follow) add(after, id);
      }
      if (match_node(child, after)) {
        started = true;
        continue;
      }
      if (!started) {
        if (child.optional) continue;
        // The leading required segment decides whether the group is there at all.
        pos_ = start;
        return false;
      }
      if (recovering_ && pos_ < segments().size() && resync(expected_at(children, i, follow), after) &&
          match_node(child, after))
        continue;
      if (!child.optional) report_missing(child);
    }
    if (!started) pos_ = start;
    return started;
  }

  // What may stand at child i: its FIRST set and, past optional children, the next ones' (then `follow`).
  static Ids expected_at(const std::vector<profiles::GrammarNode>& children, std::size_t i,
                         const Ids& follow) {
    Ids ids;
    for (; i < children.size(); ++i) {
      add_first(children[i], ids);
      if (!children[i].optional) return ids;
    }
    for (const auto id : follow) add(ids, id);
    return ids;
  }

  // Skips (and reports) the segments before the next one in `expected`, unless a segment of `later` comes
  // first: then the message lacks something here rather than holding strays.
  bool resync(const Ids& expected, const Ids& later) {
    if (pos_ >= segments().size() || contains(expected, segments()[pos_].id)) return false;
    for (std::size_t j = pos_ + 1; j < segments().size(); ++j) {
      const std::string_view id = segments()[j].id;
      if (contains(expected, id)) {
        for (; pos_ < j; ++pos_) report_misplaced(pos_);
        return true;
      }
      if (contains(later, id)) return false;
    }
    return false;
  }

  void report_missing(const profiles::GrammarNode& child) {
    ++faults_;
    if (!recovering_) return;
    const std::string id = first_segment(child);
    out_.push_back(broken(rules_.grammar_meta, id, id + " present (" + rules_.structure + ")", "absent",
                          "required segment " + id + " is missing" +
                              (pos_ < segments().size() ? " before " + location_of(pos_) : "")));
  }

  void report_misplaced(std::size_t index) {
    const std::string& id = segments()[index].id;
    out_.push_back(broken(rules_.grammar_meta, location_of(index),
                          "segments in the order of " + rules_.structure + ": " + rules_.grammar.to_string(),
                          id, fmt::format("segment {} (position {}) is not allowed here", id, index + 1)));
  }

  std::string location_of(std::size_t index) const {
    const std::string& id = segments()[index].id;
    std::size_t occurrence = 0;
    for (std::size_t i = 0; i <= index; ++i) occurrence += segments()[i].id == id ? 1 : 0;
    return occurrence == 1 ? id : fmt::format("{}[{}]", id, occurrence);
  }

  const hl7::Message& message_;
  const profiles::MessageRules& rules_;
  std::vector<reports::Finding>& out_;
  const bool recovering_;
  std::size_t pos_ = 0;
  std::size_t faults_ = 0;
};

}  // namespace

void check_grammar(const hl7::Message& message, const profiles::MessageRules& rules,
                   std::vector<reports::Finding>& out) {
  if (!GrammarMatcher(message, rules, out, false).run()) GrammarMatcher(message, rules, out, true).run();
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
