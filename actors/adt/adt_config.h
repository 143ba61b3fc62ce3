#pragma once

#include <vector>

#include "actors/common/hl7_link/hl7_config.h"
#include "actors/common/hl7_messages/adt_messages.h"
#include "base/xml/xml_file.h"

namespace ihe::actors {

// The ADT's settings: <actor role="adt"> (examples/actors/adt.xml documents each one and its default).
struct AdtConfig {
  Hl7Identity identity{"ADT_SIM", "HOSPITAL", "2.5.1", std::chrono::seconds(10)};
  // RAD-1/RAD-12 go to every destination, in this order (RAD TF-1: ADT -> Order Placer, Order Filler).
  std::vector<Hl7Destination> destinations;
  std::vector<PatientEntry> patients;
  // Sent once when the actor starts, in order.
  std::vector<AdtEvent> events;
};

// Reads the <actor> element; unknown elements and attributes, bad endpoints, triggers and patient
// references are "FILE:LINE: ..." HarnessErrors.
AdtConfig load_adt_config(const xml::XmlNode& actor);

}  // namespace ihe::actors
