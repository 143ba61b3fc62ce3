#include "profiles/model/dicom_rules.h"

#include "base/text.h"

namespace ihe::profiles {

std::string_view to_string(AttributeType type) {
  switch (type) {
    case AttributeType::Type1:
      return "1";
    case AttributeType::Type1C:
      return "1C";
    case AttributeType::Type2:
      return "2";
    case AttributeType::Type2C:
      return "2C";
    case AttributeType::Type3:
      return "3";
    case AttributeType::NotAllowed:
      return "not allowed";
  }
  return "?";
}

std::string AttributeCondition::text() const {
  std::string joined;
  for (const auto& v : values) joined += (joined.empty() ? "" : " or ") + v;
  return tag_text(tag) + (values.empty() ? " present" : " is " + joined);
}

const DatasetRules* DicomTransactionRules::find(std::string_view id) const {
  for (const auto& d : datasets)
    if (d.id == id) return &d;
  return nullptr;
}

namespace {

TagNumber read_tag(const xml::XmlNode& node, const std::string& text) {
  const auto tag = parse_tag_text(text);
  if (!tag) node.fail("'" + text + "' is not a tag written (gggg,eeee)");
  return *tag;
}

AttributeType read_type(const xml::XmlNode& node) {
  const std::string text = node.required_attribute("type");
  if (text == "1") return AttributeType::Type1;
  if (text == "1C") return AttributeType::Type1C;
  if (text == "2") return AttributeType::Type2;
  if (text == "2C") return AttributeType::Type2C;
  if (text == "3") return AttributeType::Type3;
  if (text == "-") return AttributeType::NotAllowed;
  node.fail("type must be 1, 1C, 2, 2C, 3 or - (not allowed), not '" + text + "'");
}

// "(0040,0252)=COMPLETED|DISCONTINUED" or "(0040,0252)" (present with a value)
AttributeCondition read_condition(const xml::XmlNode& node, const std::string& text) {
  const auto equals = text.find('=');
  AttributeCondition condition{read_tag(node, text.substr(0, equals)), {}};
  if (equals != std::string::npos) condition.values = split_nonempty(text.substr(equals + 1), '|');
  return condition;
}

ItemRules read_items(const xml::XmlNode& parent, const Citations& cites);

AttributeRule read_attribute(const xml::XmlNode& node, const Citations& cites) {
  node.allow_only(
      {"tag", "name", "type", "when", "values", "min-items", "max-items", "spec", "strength", "verified"},
      {"attribute", "one-of"});
  AttributeRule rule;
  rule.tag = read_tag(node, node.required_attribute("tag"));
  rule.name = node.required_attribute("name");
  rule.type = read_type(node);
  if (const auto when = node.attribute("when")) {
    if (rule.type != AttributeType::Type1C && rule.type != AttributeType::Type2C)
      node.fail("'when' is only for types 1C and 2C");
    rule.condition = read_condition(node, *when);
  }
  rule.values = split_nonempty(node.attribute_or("values", ""), '|');
  rule.min_items = static_cast<std::size_t>(node.int_attribute("min-items", 0, 0, 10000));
  rule.max_items = static_cast<std::size_t>(node.int_attribute("max-items", 0, 0, 10000));
  rule.items = read_items(node, cites);
  rule.meta = cites.meta_of(node);
  return rule;
}

ItemRules read_items(const xml::XmlNode& parent, const Citations& cites) {
  ItemRules items;
  for (const auto& node : parent.children("attribute"))
    items.attributes.push_back(read_attribute(node, cites));
  for (const auto& node : parent.children("one-of")) {
    node.allow_only({"tags", "spec", "strength", "verified"}, {});
    ItemRules::OneOf rule{{}, cites.meta_of(node)};
    for (const auto& tag : split_nonempty(node.required_attribute("tags"), ' '))
      rule.tags.push_back(read_tag(node, tag));
    if (rule.tags.size() < 2) node.fail("one-of needs at least two tags");
    items.one_of.push_back(std::move(rule));
  }
  return items;
}

}  // namespace

DicomTransactionRules load_dicom_transaction(const xml::XmlNode& root) {
  root.allow_only({"id", "profile"}, {"cite", "dataset"});
  const Citations cites = Citations::read(root);
  DicomTransactionRules rules{root.required_attribute("id"), root.required_attribute("profile"), {}};
  for (const auto& node : root.children("dataset")) {
    node.allow_only({"id", "title"}, {"attribute", "one-of"});
    if (rules.find(node.required_attribute("id")) != nullptr) node.fail("duplicate dataset id");
    rules.datasets.push_back(
        {node.required_attribute("id"), node.required_attribute("title"), read_items(node, cites)});
  }
  if (rules.datasets.empty()) root.fail("a DICOM transaction needs at least one <dataset>");
  return rules;
}

}  // namespace ihe::profiles
