#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "profiles/model/rule_meta.h"

namespace ihe::profiles {

struct ActorRole {
  std::string id;  // "OF"
  std::string title;
};

struct ProfileOption {
  std::string id;
  std::string title;
  std::vector<std::string> actors;
  RuleMeta meta;
};

enum class Protocol { Hl7, Dicom };

// RAD-n in one profile: who starts it, who answers, and on what wire (HL7 type^trigger list, or DIMSE
// service + SOP class UID).
struct Transaction {
  std::string id;  // "RAD-4"
  std::string name;
  std::vector<std::string> initiators;
  std::vector<std::string> responders;
  Protocol protocol = Protocol::Hl7;
  std::string binding;  // "OMI^O23 answered by ACK or ORI^O24", "N-CREATE 1.2.840.10008.3.1.2.3.3"
  RuleMeta meta;
};

// One row of the actor/transaction table (RAD TF-1 style): `actor` must initiate or respond to
// `transaction`, always (empty option) or when it claims `option`; usage R or O.
struct Requirement {
  std::string actor;
  std::string transaction;
  std::string role;    // "initiator" or "responder"
  std::string option;  // empty: baseline
  std::string usage;   // "R" or "O"
  RuleMeta meta;
};

struct Profile {
  std::string id;  // "SWF.b"
  std::string title;
  std::string hl7_version;
  std::vector<ActorRole> actors;
  std::vector<ProfileOption> options;
  std::vector<Transaction> transactions;
  std::vector<Requirement> requirements;

  const Transaction* find_transaction(std::string_view transaction_id) const;
};

// Reads one profile file (profiles/data/swf-b.xml). Unknown elements or attributes, references to actors,
// options or transactions the file does not declare, and unknown citations fail with FILE:LINE.
Profile load_profile(const std::filesystem::path& file);

}  // namespace ihe::profiles
