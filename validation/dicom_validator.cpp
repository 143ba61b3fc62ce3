#include "validation/dicom_validator.h"

#include <fmt/core.h>

#include <algorithm>

#include "validation/dicom_value_format.h"
#include "validation/finding_builder.h"

namespace ihe::validation {
namespace {

using profiles::AttributeType;

dicom::Tag to_tag(profiles::TagNumber number) {
  return {static_cast<std::uint16_t>(number >> 16), static_cast<std::uint16_t>(number & 0xFFFF)};
}

// Value forms are DICOM's own rule for every attribute, whatever table names it.
const profiles::RuleMeta kVrRule{{"PS3.5", "Table 6.2-1 (value representations)", reports::Strength::Shall},
                                 true};

bool has_value(const dicom::Element* element) {
  return element != nullptr && !element->is_empty();
}

bool condition_holds(const dicom::DicomDataset& item, const profiles::AttributeCondition& condition) {
  const dicom::Element* element = item.find(to_tag(condition.tag));
  if (!has_value(element)) return false;
  if (condition.values.empty()) return true;
  return std::any_of(element->values.begin(), element->values.end(), [&](const std::string& v) {
    return std::find(condition.values.begin(), condition.values.end(), v) != condition.values.end();
  });
}

// The type that applies to this item: 1C/2C become 1/2 while their condition holds; without a stated
// condition they are checked only for what is present (a present 1C attribute must have a value).
AttributeType effective_type(const dicom::DicomDataset& item, const profiles::AttributeRule& rule) {
  if (!rule.condition) return rule.type;
  if (!condition_holds(item, *rule.condition)) return AttributeType::Type3;
  return rule.type == AttributeType::Type1C ? AttributeType::Type1 : AttributeType::Type2;
}

std::string type_text(const profiles::AttributeRule& rule) {
  std::string text = fmt::format("type {}", profiles::to_string(rule.type));
  if (rule.condition) text += " (required when " + rule.condition->text() + ")";
  return text;
}

class DatasetChecker {
 public:
  explicit DatasetChecker(std::vector<reports::Finding>& out) : out_(out) {}

  void check_item(const dicom::DicomDataset& item, const profiles::ItemRules& rules,
                  const std::string& prefix) {
    for (const auto& rule : rules.attributes) check_attribute(item, rule, prefix);
    for (const auto& one_of : rules.one_of) {
      std::string names;
      bool any = false;
      for (const auto tag : one_of.tags) {
        any = any || has_value(item.find(to_tag(tag)));
        names += (names.empty() ? "" : " or ") + profiles::tag_text(tag);
      }
      if (!any)
        out_.push_back(broken(one_of.meta, prefix.empty() ? names : prefix, names + " with a value", "none",
                              "at least one of " + names + " is required"));
    }
  }

 private:
  void check_attribute(const dicom::DicomDataset& item, const profiles::AttributeRule& rule,
                       const std::string& prefix) {
    const dicom::Element* element = item.find(to_tag(rule.tag));
    const std::string location = prefix + profiles::tag_text(rule.tag);
    const std::string what = rule.name + " " + profiles::tag_text(rule.tag);
    const AttributeType type = effective_type(item, rule);
    if (element == nullptr) {
      if (type == AttributeType::Type1 || type == AttributeType::Type2)
        out_.push_back(
            broken(rule.meta, location, "present (" + type_text(rule) + ")", "absent", what + " is missing"));
      return;
    }
    if (type == AttributeType::NotAllowed) {
      out_.push_back(broken(rule.meta, location, "absent (not allowed here)", element->joined(),
                            what + " must not be sent"));
      return;
    }
    if (element->is_empty()) {
      if (type == AttributeType::Type1 || type == AttributeType::Type1C)
        out_.push_back(
            broken(rule.meta, location, "a value (" + type_text(rule) + ")", "", what + " is empty"));
      return;
    }
    check_values(*element, rule, location, what);
    check_items(*element, rule, location, what);
  }

  void check_values(const dicom::Element& element, const profiles::AttributeRule& rule,
                    const std::string& location, const std::string& what) {
    for (const auto& value : element.values) {
      if (!rule.values.empty() &&
          std::find(rule.values.begin(), rule.values.end(), value) == rule.values.end())
        out_.push_back(
            broken(rule.meta, location, one_of_text(rule.values), value, what + " has a value not allowed"));
      if (const std::string form = dicom_value_problem(element.vr, value); !form.empty())
        out_.push_back(broken(kVrRule, location, form, value,
                              fmt::format("{} is not a valid {}", what, dicom::to_string(element.vr))));
    }
  }

  void check_items(const dicom::Element& element, const profiles::AttributeRule& rule,
                   const std::string& location, const std::string& what) {
    if (element.vr != dicom::Vr::SQ) return;
    const std::size_t count = element.items.size();
    if (count < rule.min_items || (rule.max_items != 0 && count > rule.max_items)) {
      const std::string range = rule.max_items == 0 ? fmt::format("at least {}", rule.min_items)
                                                    : fmt::format("{}..{}", rule.min_items, rule.max_items);
      out_.push_back(broken(rule.meta, location, range + " items", fmt::format("{} items", count),
                            what + " has the wrong number of items"));
    }
    for (std::size_t i = 0; i < count; ++i)
      check_item(element.items[i], rule.items, fmt::format("{}[{}]/", location, i + 1));
  }

  std::vector<reports::Finding>& out_;
};

}  // namespace

std::vector<reports::Finding> validate_dicom(const dicom::DicomDataset& dataset,
                                             const profiles::DatasetRules& rules) {
  std::vector<reports::Finding> findings;
  DatasetChecker(findings).check_item(dataset, rules.top, "");
  return findings;
}

}  // namespace ihe::validation
