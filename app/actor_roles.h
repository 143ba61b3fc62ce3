#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "actors/common/fault_switches.h"
#include "actors/common/simulated_actor.h"
#include "actors/common/transaction_log.h"
#include "base/xml/xml_file.h"

namespace ihe::app {

// What `ihe-harness actor ROLE` hands to a role: the <actor> element of --config (when given) and the
// command-line overrides, which win over the file. Each role documents its settings and defaults in
// examples/actors/ROLE.xml.
struct ActorSettings {
  std::optional<xml::XmlNode> config;
  std::optional<std::string> ae_title;        // --aet
  std::optional<std::uint16_t> dicom_port;    // --dicom-port
  std::optional<std::uint16_t> hl7_port;      // --hl7-port
  actors::FaultSwitches faults;               // --fault, checked against the role's catalog
};

struct ActorRole {
  std::string_view name;   // "image-manager"
  std::string_view title;  // "Image Manager/Image Archive"
  std::span<const actors::FaultInfo> (*faults)();
  std::unique_ptr<actors::SimulatedActor> (*make)(const ActorSettings& settings, actors::TransactionLog& log);
};

// Every role `ihe-harness actor` can run (app/actor_roles.cpp).
std::span<const ActorRole> all_actor_roles();

}  // namespace ihe::app
