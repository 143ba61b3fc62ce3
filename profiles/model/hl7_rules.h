#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "profiles/model/hl7_condition.h"
#include "profiles/model/rule_meta.h"

namespace ihe::profiles {

// An HL7 abstract message syntax (HL7 v2.5.1 2.12: `MSH [{SFT}] EVN PID [PD1] ...`): a segment or a
// group, optional `[...]` and/or repeating `{...}`.
struct GrammarNode {
  std::string segment;  // empty for a group
  bool optional = false;
  bool repeating = false;
  std::vector<GrammarNode> children;  // a group's elements in order

  bool is_group() const { return segment.empty(); }
  // "[{OBX [{NTE}]}]"
  std::string to_string() const;
};

// Parses the notation; throws ihe::HarnessError naming the text and position on unbalanced brackets or
// tokens that are not segment ids. The result is a group holding the whole message.
GrammarNode parse_grammar(const std::string& text);

// Usage codes of HL7 v2.5.1 2.12.6 / IHE TF: R required, RE required but may be empty, C conditional,
// O optional, X not supported (must be empty).
enum class Usage { R, RE, C, O, X };

// One field (or component / subcomponent) rule, applied to every occurrence of the segment and, for a
// repeating field, to every repetition.
struct FieldRule {
  std::string segment;
  std::size_t field = 0;
  std::optional<std::size_t> component;
  std::optional<std::size_t> subcomponent;
  bool repeating = false;
  Usage usage = Usage::O;
  std::string data_type;  // HL7 type (TS, NM, ...) of the addressed node; checked for the formatted types
  std::size_t max_length = 0;             // 0: not checked
  std::vector<std::string> values;        // allowed values of the node's first component; empty: any
  std::optional<Hl7Condition> condition;  // usage C only (and always there): required while it holds
  RuleMeta meta;

  // "PID-3.4"
  std::string label() const;
};

// Allowed combinations of two fields of the same segment (ORC-1/ORC-5 in RAD-4/RAD-13).
struct PairRule {
  std::string segment;
  std::size_t first = 0;
  std::size_t second = 0;
  std::vector<std::pair<std::string, std::string>> allowed;
  RuleMeta meta;
};

// How often a segment may occur in the whole message, where a profile narrows the HL7 grammar (IHE allows
// one ORC-TQ1-OBR group per OMI in RAD-4/13).
struct CardinalityRule {
  std::string segment;
  std::size_t min = 0;
  std::size_t max = 0;  // 0: unbounded
  RuleMeta meta;
};

// The rules of one message type^trigger within a transaction.
struct MessageRules {
  std::string type;       // "OMI"
  std::string trigger;    // "O23"
  std::string structure;  // "OMI_O23": names the grammar
  GrammarNode grammar;
  RuleMeta grammar_meta;
  std::vector<FieldRule> fields;
  std::vector<PairRule> pairs;
  std::vector<CardinalityRule> cardinalities;
};

struct Hl7TransactionRules {
  std::string transaction;  // "RAD-4"
  std::string profile;      // "SWF.b" (a file serving several profiles is loaded once per profile)
  RuleMeta meta;            // cites the message list: a message type outside it breaks this
  std::vector<MessageRules> messages;

  const MessageRules* find(std::string_view type, std::string_view trigger) const;
};

}  // namespace ihe::profiles
