#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "actors/common/hl7_link/hl7_config.h"
#include "actors/common/hl7_messages/order_messages.h"
#include "base/xml/xml_file.h"

namespace ihe::actors {

// The Order Placer's settings: <actor role="order-placer"> (examples/actors/order-placer.xml documents each
// one and its default).
struct OrderPlacerConfig {
  Hl7Identity identity{"OP_SIM", "WARD", "2.5.1", std::chrono::seconds(10)};
  std::uint16_t hl7_port = 2577;               // where RAD-1, RAD-3 and RAD-12 arrive; 0: any free port
  std::optional<Hl7Destination> order_filler;  // where RAD-2 goes
  std::vector<PatientEntry> patients;
  std::vector<OrderMessage> orders;          // placed (NW) once the actor starts, in order
  std::string hl7_address = kAllInterfaces;  // where hl7_port binds (<hl7 address>); default every interface
};

// Reads the <actor> element; unknown elements and attributes, bad endpoints and patient references are
// "FILE:LINE: ..." HarnessErrors.
OrderPlacerConfig load_order_placer_config(const xml::XmlNode& actor);

}  // namespace ihe::actors
