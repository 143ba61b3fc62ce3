#include "profiles/model/hl7_rules_loader.h"

#include <fmt/core.h>

#include "base/harness_error.h"
#include "base/text.h"

namespace ihe::profiles {

std::string FieldRule::label() const {
  std::string text = fmt::format("{}-{}", segment, field);
  if (component) text += fmt::format(".{}", *component);
  if (subcomponent) text += fmt::format(".{}", *subcomponent);
  return text;
}

namespace {

// "PID-3", "PID-3.4", "PID-3.4.1"
void read_path(const xml::XmlNode& node, const std::string& text, FieldRule& rule) {
  const auto ref = FieldRef::parse(text);
  if (!ref) node.fail("path '" + text + "' is not SEG-F[.C[.S]]");
  rule.segment = ref->segment;
  rule.field = ref->field;
  rule.component = ref->component;
  rule.subcomponent = ref->subcomponent;
}

Usage read_usage(const xml::XmlNode& node) {
  const std::string text = node.required_attribute("usage");
  if (text == "R") return Usage::R;
  if (text == "RE") return Usage::RE;
  if (text == "C") return Usage::C;
  if (text == "O") return Usage::O;
  if (text == "X") return Usage::X;
  node.fail("usage must be R, RE, C, O or X, not '" + text + "'");
}

FieldRule read_field(const xml::XmlNode& node, const Citations& cites) {
  node.allow_only(
      {"path", "usage", "when", "type", "length", "values", "repeating", "spec", "strength", "verified"}, {});
  FieldRule rule;
  read_path(node, node.required_attribute("path"), rule);
  rule.usage = read_usage(node);
  rule.data_type = node.attribute_or("type", "");
  rule.max_length = static_cast<std::size_t>(node.int_attribute("length", 0, 0, 65536));
  rule.values = split_nonempty(node.attribute_or("values", ""), '|');
  rule.repeating = node.bool_attribute("repeating", false);
  // A C field without its predicate would be an O field in disguise (HL7 v2.5.1 2.B.7.4).
  const auto when = node.attribute("when");
  if ((rule.usage == Usage::C) != when.has_value())
    node.fail(rule.usage == Usage::C ? "usage C needs its condition: when=\"...\""
                                     : "'when' is only for usage C");
  if (when) {
    try {
      rule.condition = Hl7Condition::parse(*when);
    } catch (const HarnessError& e) {
      node.fail(e.what());
    }
  }
  rule.meta = cites.meta_of(node);
  return rule;
}

PairRule read_pair(const xml::XmlNode& node, const Citations& cites) {
  node.allow_only({"fields", "spec", "strength", "verified"}, {"allow"});
  const auto fields = split_nonempty(node.required_attribute("fields"), ' ');
  if (fields.size() != 2) node.fail("fields must name two fields of one segment, e.g. \"ORC-1 ORC-5\"");
  FieldRule first;
  FieldRule second;
  read_path(node, fields[0], first);
  read_path(node, fields[1], second);
  if (first.segment != second.segment || first.component || second.component)
    node.fail("fields must be two whole fields of one segment");
  PairRule rule{first.segment, first.field, second.field, {}, cites.meta_of(node)};
  for (const auto& allow : node.children("allow")) {
    allow.allow_only({"first", "second"}, {});
    rule.allowed.emplace_back(allow.required_attribute("first"), allow.attribute_or("second", ""));
  }
  if (rule.allowed.empty()) node.fail("a pair rule needs at least one <allow first=.. second=..>");
  return rule;
}

CardinalityRule read_cardinality(const xml::XmlNode& node, const Citations& cites) {
  node.allow_only({"segment", "min", "max", "spec", "strength", "verified"}, {});
  return {node.required_attribute("segment"), static_cast<std::size_t>(node.int_attribute("min", 0, 0, 1000)),
          static_cast<std::size_t>(node.int_attribute("max", 0, 0, 1000)), cites.meta_of(node)};
}

MessageRules read_message(const xml::XmlNode& node, const Citations& cites, const Hl7Library& library) {
  node.allow_only({"type", "trigger", "structure", "uses"}, {"field", "pair", "cardinality"});
  MessageRules rules{node.required_attribute("type"),
                     node.required_attribute("trigger"),
                     node.required_attribute("structure"),
                     {},
                     {},
                     {},
                     {},
                     {}};
  const auto structure = library.structures.find(rules.structure);
  if (structure == library.structures.end()) node.fail("unknown message structure '" + rules.structure + "'");
  rules.grammar = structure->second.grammar;
  rules.grammar_meta = structure->second.meta;
  for (const auto& set : split_nonempty(node.attribute_or("uses", ""), ' ')) {
    const auto found = library.segment_rules.find(set);
    if (found == library.segment_rules.end()) node.fail("unknown segment rule set '" + set + "'");
    rules.fields.insert(rules.fields.end(), found->second.begin(), found->second.end());
  }
  for (const auto& field : node.children("field")) rules.fields.push_back(read_field(field, cites));
  for (const auto& pair : node.children("pair")) rules.pairs.push_back(read_pair(pair, cites));
  for (const auto& card : node.children("cardinality"))
    rules.cardinalities.push_back(read_cardinality(card, cites));
  return rules;
}

}  // namespace

void load_hl7_structures(const std::filesystem::path& file, Hl7Library& library) {
  const auto doc = xml::XmlFile::load(file);
  const auto root = doc.root("hl7-structures");
  root.allow_only({}, {"cite", "structure"});
  const Citations cites = Citations::read(root);
  for (const auto& node : root.children("structure")) {
    node.allow_only({"id", "spec", "strength", "verified"}, {});
    Hl7Library::Structure structure;
    try {
      structure.grammar = parse_grammar(node.text());
    } catch (const HarnessError& e) {
      node.fail(e.what());
    }
    structure.meta = cites.meta_of(node);
    if (!library.structures.emplace(node.required_attribute("id"), std::move(structure)).second)
      node.fail("duplicate structure '" + node.required_attribute("id") + "'");
  }
}

void load_hl7_segment_rules(const std::filesystem::path& file, Hl7Library& library) {
  const auto doc = xml::XmlFile::load(file);
  const auto root = doc.root("hl7-segment-rules");
  root.allow_only({}, {"cite", "rules"});
  const Citations cites = Citations::read(root);
  for (const auto& set : root.children("rules")) {
    set.allow_only({"id", "segment"}, {"field"});
    std::vector<FieldRule> fields;
    for (const auto& node : set.children("field")) {
      fields.push_back(read_field(node, cites));
      if (fields.back().segment != set.required_attribute("segment"))
        node.fail("field of segment " + fields.back().segment + " in rules for " +
                  set.required_attribute("segment"));
    }
    if (!library.segment_rules.emplace(set.required_attribute("id"), std::move(fields)).second)
      set.fail("duplicate rule set '" + set.required_attribute("id") + "'");
  }
}

Hl7TransactionRules load_hl7_transaction(const xml::XmlNode& root, const Hl7Library& library) {
  root.allow_only({"id", "profile", "spec", "strength", "verified"}, {"cite", "message"});
  const Citations cites = Citations::read(root);
  Hl7TransactionRules rules{
      root.required_attribute("id"), root.required_attribute("profile"), cites.meta_of(root), {}};
  for (const auto& node : root.children("message"))
    rules.messages.push_back(read_message(node, cites, library));
  if (rules.messages.empty()) root.fail("an HL7 transaction needs at least one <message>");
  return rules;
}

}  // namespace ihe::profiles
