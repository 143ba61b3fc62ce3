// Field usage, allowed values, length and format (HL7 v2.5.1 2.12.6 usage codes, as profiled by IHE), and
// field pairs such as ORC-1/ORC-5 (RAD TF-2 Table 4.13-1). The parse tree is read directly, and locations
// and ER7 text are built only for findings: a conformant message costs no allocation per rule.
#include <fmt/core.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string_view>

#include <boost/container/small_vector.hpp>

#include "actors/hl7/escape.h"
#include "validation/data_type_format.h"
#include "validation/finding_builder.h"
#include "validation/hl7_validator.h"

namespace ihe::validation {
namespace {

template <typename List>
const typename List::value_type* nth(const List& items, std::size_t one_based) {
  return one_based >= 1 && one_based <= items.size() ? &items[one_based - 1] : nullptr;
}

// The leaf of a field that is one value (most fields), else nullptr: checks on it skip the walk down the
// levels.
const std::string* single_leaf(const hl7::Field& f) {
  if (f.repetitions.size() != 1) return nullptr;
  const auto& components = f.repetitions.front().components;
  if (components.size() != 1 || components.front().subcomponents.size() != 1) return nullptr;
  return &components.front().subcomponents.front();
}

bool empty(const hl7::Component& c) {
  return std::all_of(c.subcomponents.begin(), c.subcomponents.end(), [](const auto& s) { return s.empty(); });
}
bool empty(const hl7::Repetition& r) {
  return std::all_of(r.components.begin(), r.components.end(), [](const auto& c) { return empty(c); });
}
bool empty(const hl7::Field& f) {
  if (const std::string* leaf = single_leaf(f)) return leaf->empty();
  return std::all_of(f.repetitions.begin(), f.repetitions.end(), [](const auto& r) { return empty(r); });
}

std::size_t length(const hl7::Component& c) {
  std::size_t n = c.subcomponents.size() - 1;
  for (const auto& s : c.subcomponents) n += s.size();
  return n;
}
std::size_t length(const hl7::Repetition& r) {
  std::size_t n = r.components.size() - 1;
  for (const auto& c : r.components) n += length(c);
  return n;
}

// The node a rule addresses in one segment occurrence (and repetition), as the parser built it.
struct Node {
  enum class Depth { Field, Repetition, Component, Subcomponent };
  Depth depth = Depth::Field;
  const hl7::Field* field = nullptr;
  const hl7::Repetition* repetition = nullptr;  // null for a whole non-repeating field rule
  const hl7::Component* component = nullptr;
  const std::string* subcomponent = nullptr;

  bool is_empty() const {
    switch (depth) {
      case Depth::Subcomponent:
        return subcomponent == nullptr || subcomponent->empty();
      case Depth::Component:
        return component == nullptr || empty(*component);
      case Depth::Repetition:
        return repetition == nullptr || empty(*repetition);
      case Depth::Field:
        break;
    }
    return field == nullptr || empty(*field);
  }
  // The first leaf of the node: what allowed values and formats apply to.
  const std::string* first_leaf() const {
    if (subcomponent != nullptr) return subcomponent;
    if (component != nullptr) return &component->subcomponents.front();
    const hl7::Repetition* r =
        repetition != nullptr ? repetition : (field ? nth(field->repetitions, 1) : nullptr);
    return r != nullptr ? &r->components.front().subcomponents.front() : nullptr;
  }
  std::size_t er7_length() const {
    if (subcomponent != nullptr) return subcomponent->size();
    if (component != nullptr) return length(*component);
    if (repetition != nullptr) return length(*repetition);
    std::size_t n = field->repetitions.size() - 1;
    for (const auto& r : field->repetitions) n += length(r);
    return n;
  }
};

// `repetition` 0 addresses the whole field (a non-repeating rule without component).
Node node_of(const hl7::Segment* segment, std::size_t field, std::optional<std::size_t> component,
             std::optional<std::size_t> subcomponent, std::size_t repetition) {
  Node node;
  node.depth = subcomponent ? Node::Depth::Subcomponent
               : component  ? Node::Depth::Component
               : repetition ? Node::Depth::Repetition
                            : Node::Depth::Field;
  node.field = segment != nullptr ? nth(segment->fields, field) : nullptr;
  if (node.field == nullptr || node.depth == Node::Depth::Field) return node;
  node.repetition = nth(node.field->repetitions, repetition == 0 ? 1 : repetition);
  if (node.repetition == nullptr || !component) return node;
  node.component = nth(node.repetition->components, *component);
  if (node.component != nullptr && subcomponent)
    node.subcomponent = nth(node.component->subcomponents, *subcomponent);
  return node;
}

Node node_of(const hl7::Segment& segment, const profiles::FieldRule& rule, std::size_t repetition) {
  const std::size_t addressed = rule.repeating ? repetition : (rule.component ? 1 : 0);
  return node_of(&segment, rule.field, rule.component, rule.subcomponent, addressed);
}

// Bytes are OR-ed eight at a time without an early exit, so the loop over each leaf stays branch-free.
std::uint64_t or_of(const std::string& leaf) {
  std::uint64_t seen = 0;
  std::size_t i = 0;
  for (; i + 8 <= leaf.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, leaf.data() + i, 8);
    seen |= word;
  }
  for (; i < leaf.size(); ++i) seen |= static_cast<unsigned char>(leaf[i]);
  return seen;
}

bool any_non_ascii(const hl7::Message& message) {
  std::uint64_t seen = 0;
  for (const auto& segment : message.segments())
    for (const auto& field : segment.fields) {
      if (const std::string* leaf = single_leaf(field)) {
        seen |= or_of(*leaf);
        continue;
      }
      for (const auto& repetition : field.repetitions)
        for (const auto& component : repetition.components)
          for (const auto& leaf : component.subcomponents) seen |= or_of(leaf);
    }
  return (seen & 0x8080808080808080ull) != 0;
}

// A segment id (three bytes, HL7 v2.5.1 2.5) as a number; any other text codes as one that matches none.
std::uint32_t id_code(const std::string& id) {
  if (id.size() != 3) return 0xFFFFFFFFu;
  return static_cast<std::uint32_t>(static_cast<unsigned char>(id[0])) << 16 |
         static_cast<std::uint32_t>(static_cast<unsigned char>(id[1])) << 8 |
         static_cast<unsigned char>(id[2]);
}

// Where a node stands, turned into an hl7::Path only for a finding.
struct Where {
  const profiles::FieldRule& rule;
  std::size_t occurrence;
  std::optional<std::size_t> repetition;

  hl7::Path path() const {
    return {rule.segment, occurrence, rule.field, repetition, rule.component, rule.subcomponent};
  }
};

class Context {
 public:
  Context(const hl7::Message& message, std::vector<reports::Finding>& out)
      : message_(message), delimiters_(message.delimiters()), out_(out) {}

  void check_node(const hl7::Segment& segment, const Node& node, const Where& at) {
    const profiles::FieldRule& rule = at.rule;
    if (node.is_empty()) {
      if (rule.usage == profiles::Usage::R)
        report(at, "a value (usage R)", "", rule.label() + " is required");
      else if (rule.usage == profiles::Usage::C && condition_holds(*rule.condition, rule, segment))
        report(at, "a value (usage C, " + rule.condition->text + ")", "",
               rule.label() + " is required when " + rule.condition->text);
      return;
    }
    if (rule.usage == profiles::Usage::X) {
      report(at, "empty (usage X: not supported)", message_.get_er7(at.path()),
             rule.label() + " must not be sent");
      return;
    }
    // MSH-1 and MSH-2 are single leaves holding the delimiters themselves, never escaped.
    const bool delimiter_field = rule.field <= 2 && rule.segment == "MSH";
    // Only allowed values and formats read the value: rules with neither skip the search for escapes.
    const bool reads_value = !rule.values.empty() || !rule.data_type.empty();
    const std::string_view value = !reads_value      ? std::string_view()
                                   : delimiter_field ? std::string_view(*node.first_leaf())
                                                     : decoded(node);
    if (!rule.values.empty() && std::find(rule.values.begin(), rule.values.end(), value) == rule.values.end())
      report(at, one_of_text(rule.values), std::string(value), rule.label() + " has a value not allowed");
    if (rule.max_length != 0 && node.er7_length() > rule.max_length)
      report(at, fmt::format("at most {} characters", rule.max_length),
             fmt::format("{} characters", node.er7_length()), rule.label() + " is too long");
    if (!rule.data_type.empty() && !delimiter_field) {
      if (const std::string_view form = hl7_format_problem(rule.data_type, value); !form.empty())
        report(at, std::string(form), std::string(value), rule.label() + " is not a valid " + rule.data_type);
    }
  }

 private:
  void report(const Where& at, std::string expected, std::string actual, std::string message) {
    out_.push_back(broken(at.rule.meta, at.path().to_string(), std::move(expected), std::move(actual),
                          std::move(message)));
  }

  // The node's first value with escapes decoded; a view of the leaf itself when it holds no escape (the
  // usual case), else of a decoded copy that lives until the next call.
  std::string_view decoded(const Node& node) {
    const std::string* leaf = node.first_leaf();
    if (leaf == nullptr) return {};
    if (leaf->find(delimiters_.escape) == std::string::npos) return *leaf;
    scratch_ = hl7::decode(*leaf, delimiters_);
    return scratch_;
  }

  // `own` is the occurrence being checked: a condition on its own segment reads that same occurrence.
  bool condition_holds(const profiles::Hl7Condition& condition, const profiles::FieldRule& rule,
                       const hl7::Segment& own) {
    return std::any_of(condition.any_of.begin(), condition.any_of.end(), [&](const auto& terms) {
      return std::all_of(terms.begin(), terms.end(),
                         [&](const auto& term) { return holds(term, rule, own); });
    });
  }

  bool holds(const profiles::ConditionTerm& term, const profiles::FieldRule& rule, const hl7::Segment& own) {
    using Kind = profiles::ConditionTerm::Kind;
    if (term.kind == Kind::NonAscii) {
      if (!non_ascii_) non_ascii_ = any_non_ascii(message_);
      return *non_ascii_;
    }
    const auto& ref = term.node;
    const hl7::Segment* segment = ref.segment == rule.segment ? &own : message_.find(ref.segment);
    const Node node = node_of(segment, ref.field, ref.component, ref.subcomponent, ref.component ? 1 : 0);
    switch (term.kind) {
      case Kind::Present:
        return !node.is_empty();
      case Kind::Empty:
        return node.is_empty();
      case Kind::OneOf:
      case Kind::NoneOf: {
        const bool listed =
            std::find(term.values.begin(), term.values.end(), decoded(node)) != term.values.end();
        return listed == (term.kind == Kind::OneOf);
      }
      case Kind::NonAscii:
        break;
    }
    return false;
  }

  const hl7::Message& message_;
  hl7::Delimiters delimiters_;
  std::vector<reports::Finding>& out_;
  std::string scratch_;
  std::optional<bool> non_ascii_;  // computed on first use: most messages have no condition that asks
};

}  // namespace

void check_fields(const hl7::Message& message, const profiles::MessageRules& rules,
                  std::vector<reports::Finding>& out) {
  Context ctx(message, out);
  // Rule sets come segment by segment, so the occurrences of a segment are looked up once per run of its
  // rules rather than once per rule.
  // Segment ids are compared as three-byte codes (HL7 v2.5.1 2.5): std::string's == calls memcmp.
  boost::container::small_vector<std::uint32_t, 16> ids;
  for (const auto& segment : message.segments()) ids.push_back(id_code(segment.id));
  boost::container::small_vector<const hl7::Segment*, 4> occurrences;
  std::uint32_t looked_up = 0;  // no text codes as 0
  for (const auto& rule : rules.fields) {
    if (const std::uint32_t id = id_code(rule.segment); id != looked_up) {
      occurrences.clear();
      for (std::size_t i = 0; i < ids.size(); ++i)
        if (ids[i] == id) occurrences.push_back(&message.segments()[i]);
      looked_up = id;
    }
    for (std::size_t o = 0; o < occurrences.size(); ++o) {
      const hl7::Segment& segment = *occurrences[o];
      const hl7::Field* field = nth(segment.fields, rule.field);
      const std::size_t repetitions = rule.repeating && field != nullptr ? field->repetitions.size() : 1;
      for (std::size_t r = 1; r <= repetitions; ++r)
        ctx.check_node(segment, node_of(segment, rule, r),
                       Where{rule, o + 1, rule.repeating ? std::optional<std::size_t>(r) : std::nullopt});
    }
  }
}

void check_pairs(const hl7::Message& message, const profiles::MessageRules& rules,
                 std::vector<reports::Finding>& out) {
  for (const auto& rule : rules.pairs) {
    for (std::size_t occurrence = 1; occurrence <= message.count(rule.segment); ++occurrence) {
      const hl7::Path first{rule.segment, occurrence, rule.first, std::nullopt, 1, 1};
      const hl7::Path second{rule.segment, occurrence, rule.second, std::nullopt, 1, 1};
      const std::pair<std::string, std::string> actual{message.get(first), message.get(second)};
      if (std::find(rule.allowed.begin(), rule.allowed.end(), actual) != rule.allowed.end()) continue;
      std::vector<std::string> allowed;
      for (const auto& [a, b] : rule.allowed) allowed.push_back(a + "/" + (b.empty() ? "(empty)" : b));
      // The first field names the action; when it is a known one, the second field is the one at fault.
      const bool first_known = std::any_of(rule.allowed.begin(), rule.allowed.end(),
                                           [&](const auto& p) { return p.first == actual.first; });
      hl7::Path at = first_known ? second : first;
      at.component.reset();
      at.subcomponent.reset();
      const std::string label =
          fmt::format("{}-{}/{}-{}", rule.segment, rule.first, rule.segment, rule.second);
      out.push_back(broken(rule.meta, at.to_string(), one_of_text(allowed),
                           actual.first + "/" + (actual.second.empty() ? "(empty)" : actual.second),
                           label + " is not an allowed combination"));
    }
  }
}

}  // namespace ihe::validation
