#include "validation/hl7_validator.h"

#include "validation/finding_builder.h"

namespace ihe::validation {

std::vector<reports::Finding> validate_hl7(const hl7::Message& message,
                                           const profiles::Hl7TransactionRules& rules) {
  // Parsed once: Message::message_type() and friends parse their path text on every call.
  static const hl7::Path kType = hl7::Path::parse_or_throw("MSH-9.1");
  static const hl7::Path kTrigger = hl7::Path::parse_or_throw("MSH-9.2");
  static const hl7::Path kStructure = hl7::Path::parse_or_throw("MSH-9.3");
  std::vector<reports::Finding> findings;
  const std::string type = message.get(kType);
  const std::string trigger = message.get(kTrigger);
  const profiles::MessageRules* found = rules.find(type, trigger);
  if (found == nullptr) {
    std::vector<std::string> known;
    for (const auto& m : rules.messages) known.push_back(m.type + "^" + m.trigger);
    findings.push_back(broken(rules.meta, "MSH-9", one_of_text(known), type + "^" + trigger,
                              "message type is not one " + rules.transaction + " sends"));
    return findings;
  }
  if (const std::string structure = message.get(kStructure);
      !structure.empty() && structure != found->structure)
    findings.push_back(broken(found->grammar_meta, "MSH-9.3", found->structure, structure,
                              "message structure does not match the message type (HL7 table 0354)"));
  check_grammar(message, *found, findings);
  check_cardinalities(message, *found, findings);
  check_fields(message, *found, findings);
  check_pairs(message, *found, findings);
  return findings;
}

}  // namespace ihe::validation
