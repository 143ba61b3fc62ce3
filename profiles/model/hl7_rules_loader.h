#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "profiles/model/hl7_rules.h"

namespace ihe::profiles {

// What HL7 transaction files refer to by name: message structures (profiles/data/hl7/structures.xml) and
// reusable per-segment rule sets (profiles/data/hl7/segments/*.xml, e.g. "msh-251", "pid-251").
struct Hl7Library {
  struct Structure {
    GrammarNode grammar;
    RuleMeta meta;
  };
  std::map<std::string, Structure, std::less<>> structures;
  std::map<std::string, std::vector<FieldRule>, std::less<>> segment_rules;
};

void load_hl7_structures(const std::filesystem::path& file, Hl7Library& library);
void load_hl7_segment_rules(const std::filesystem::path& file, Hl7Library& library);
// Reads the <transaction-rules> root element of an HL7 transaction.
Hl7TransactionRules load_hl7_transaction(const xml::XmlNode& root, const Hl7Library& library);

}  // namespace ihe::profiles
