#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ihe::profiles {

// One node of a segment, written `SEG-F[.C[.S]]` as in the TF tables (`PV1-2`, `MSH-9.2`).
struct FieldRef {
  std::string segment;
  std::size_t field = 0;
  std::optional<std::size_t> component;
  std::optional<std::size_t> subcomponent;

  // nullopt for text that is not `SEG-F[.C[.S]]` with 1-based numbers.
  static std::optional<FieldRef> parse(std::string_view text);
};

// The condition predicate of a usage-C field (HL7 v2.5.1 2.B.7.4: the field is required while it holds).
// Data files write it `when="..."`; the vocabulary (profiles/data/README.md):
//   PV1-2 = I|E       the node's first value (decoded) is one of those
//   PV1-2 != I|E      it is none of those (an empty node is none of them)
//   present PV1-19    the node has a value
//   empty PV1-19      it has none (or its segment is absent)
//   non-ascii         some value of the message holds a byte outside 7-bit ASCII
// joined with `and` (binds tighter) and `or`; no parentheses. A node of the rule's own segment is read in
// the same segment occurrence as the field being checked, any other in the first occurrence.
struct ConditionTerm {
  enum class Kind { OneOf, NoneOf, Present, Empty, NonAscii };
  Kind kind = Kind::Present;
  FieldRef node;                    // unused for NonAscii
  std::vector<std::string> values;  // OneOf / NoneOf
};

struct Hl7Condition {
  std::vector<std::vector<ConditionTerm>> any_of;  // or of and-groups
  std::string text;                                // as written, for findings

  // Throws ihe::HarnessError naming the text and the part outside the vocabulary.
  static Hl7Condition parse(std::string_view text);
};

}  // namespace ihe::profiles
