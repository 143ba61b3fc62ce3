#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "profiles/model/rule_meta.h"

namespace ihe::profiles {

// The kinds of recorded message the cross-message rules connect, in workflow order.
//   order (RAD-2 OMG/ORM), rad-4 (OMI/ORM), mwl (RAD-5 response item), mpps-create (RAD-6), mpps-set (RAD-7),
//   image (RAD-8), stgcmt-request / stgcmt-report (RAD-10), query (RAD-14 answer), ian (RAD-49)
// A value of a `from` message must reappear unchanged in the related `to` message (RAD TF-2 Appendix A
// "simple case", digest 3.3; RAD-4 -> MWL mapping, digest 2.5). Paths: HL7 `IPC-3`, or DICOM tag paths
// with items numbered from 1, `(0040,0270)[1]/(0020,000D)`.
struct CopyRule {
  std::string from;
  std::string source;
  std::string to;
  std::string target;
  RuleMeta meta;
};

// Where each kind keeps the keys that relate messages of one procedure: two messages belong together when
// they share a key name (study, accession, placer) with equal values, so a message whose Study UID is wrong
// is still related through its Accession Number and compared.
struct ProcedureLink {
  std::string kind;
  std::map<std::string, std::string> keys;  // key name -> path in this kind of message
};

struct CopyRules {
  std::string profile;
  std::vector<ProcedureLink> links;
  std::vector<CopyRule> rules;
};

// Reads profiles/data/copy-rules/*.xml (<copy-rules profile=..>); typos fail with FILE:LINE.
CopyRules load_copy_rules(const std::filesystem::path& file);
bool is_message_kind(std::string_view kind);

}  // namespace ihe::profiles
