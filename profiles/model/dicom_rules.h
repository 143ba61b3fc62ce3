#pragma once

#include <optional>
#include <string>
#include <vector>

#include "profiles/model/rule_meta.h"
#include "profiles/model/tag_text.h"

namespace ihe::profiles {

// DICOM attribute types (PS3.5 7.4): 1 present with a value, 2 present (may be empty), 3 optional;
// 1C/2C as 1/2 while their condition holds. NotAllowed: must be absent (an N-SET re-sending an attribute
// that only N-CREATE may carry, PS3.4 F.7.2-1 "-").
enum class AttributeType { Type1, Type1C, Type2, Type2C, Type3, NotAllowed };
std::string_view to_string(AttributeType type);

// "when (0040,0252) is COMPLETED or DISCONTINUED": another attribute of the same item.
struct AttributeCondition {
  TagNumber tag = 0;
  std::vector<std::string> values;  // empty: the condition is that the attribute is present and not empty
  std::string text() const;
};

struct AttributeRule;

// The rules of one data set level (the top level or the items of one sequence).
struct ItemRules {
  std::vector<AttributeRule> attributes;
  // At least one of these attributes present with a value (K.6-1: the SCP returns SPS Description or
  // Scheduled Protocol Code Sequence, or both).
  struct OneOf {
    std::vector<TagNumber> tags;
    RuleMeta meta;
  };
  std::vector<OneOf> one_of;
};

struct AttributeRule {
  TagNumber tag = 0;
  std::string name;  // keyword, for messages
  AttributeType type = AttributeType::Type3;
  std::optional<AttributeCondition> condition;  // 1C/2C without a condition: checked only when present
  std::vector<std::string> values;              // enumerated values; empty: any
  std::size_t min_items = 0;                    // SQ only
  std::size_t max_items = 0;                    // SQ only; 0: unbounded
  ItemRules items;                              // SQ only
  RuleMeta meta;
};

// One data set a transaction exchanges ("mwl-response", "mpps-n-create", "stgcmt-report").
struct DatasetRules {
  std::string id;
  std::string title;
  ItemRules top;
};

struct DicomTransactionRules {
  std::string transaction;
  std::string profile;
  std::vector<DatasetRules> datasets;

  const DatasetRules* find(std::string_view id) const;
};

// Reads the <transaction-rules> root element of a DICOM transaction.
DicomTransactionRules load_dicom_transaction(const xml::XmlNode& root);

}  // namespace ihe::profiles
