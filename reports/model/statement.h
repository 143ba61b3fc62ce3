#pragma once

#include <string>
#include <vector>

// The vendor's IHE Integration Statement: who claims what. One Claim is one row of the statement's table
// (profile, actor, option); an empty option is the profile's baseline for that actor.
namespace ihe::reports {

struct Claim {
  std::string profile;  // profile id in profiles/data: "SWF.b", "PIR"
  std::string actor;    // actor id in that profile: "IM", "OF", "MOD"
  std::string option;   // option id, empty for the baseline
  bool operator==(const Claim&) const = default;
};

struct IntegrationStatement {
  std::string vendor;
  std::string product;
  std::string version;
  std::string date;  // as written in the statement (ISO 8601 expected)
  std::vector<Claim> claims;
};

}  // namespace ihe::reports
