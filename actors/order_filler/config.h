#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "actors/common/hl7_link/hl7_config.h"
#include "actors/common/hl7_link/hl7_peer_settings.h"
#include "actors/order_filler/order_change.h"
#include "base/xml/xml_file.h"

namespace ihe::actors {

// The HL7 side: the MLLP listener for RAD-1/2/12 and the peers the filler tells of its changes.
struct OrderFillerHl7Config {
  std::uint16_t port = 2576;                 // 0: a free port, picked at start
  std::string application = "ORDER_FILLER";  // our MSH-3/MSH-5
  std::string facility = "HARNESS";          // our MSH-4/MSH-6
  // "2.5.1" (SWF.b): OMG^O19/ORG^O20 for RAD-2, OMI^O23 for RAD-4/13, and the lowest MSH-12 accepted.
  // "2.3.1" (SWF): ORM^O01/ORR^O02 for RAD-2, ORM^O01 + ZDS for RAD-4/13.
  std::string version = "2.5.1";
  // The peers: RAD-3 to the placer; RAD-4, RAD-13 and RAD-12 forwarded to the manager; none: not sent.
  // Their sending application, facility and version are the ones above (OrderFiller sets them).
  std::optional<Hl7PeerSettings> order_placer;
  std::optional<Hl7PeerSettings> image_manager;
  std::string address = kAllInterfaces;  // where `port` binds (<hl7 address>); default every interface
  bool legacy() const { return version == "2.3.1"; }
};

// The Order Filler's settings: <actor role="order-filler"> (examples/actors/order-filler.xml documents each
// one and its default).
struct OrderFillerConfig {
  std::string ae_title = "ORDER_FILLER";
  std::uint16_t dicom_port = 11112;  // 0: a free port, picked at start
  // Empty: any calling AE may associate. Otherwise only these (PS3.8 9.3.4 reason 3 for the others).
  std::vector<std::string> allowed_calling_aes;
  std::chrono::seconds idle_timeout{30};
  // Patients, orders and SPS to start with; none: an empty worklist.
  std::optional<std::filesystem::path> seed_file;
  // What a new order gets when it names no modality or station (<scheduling>).
  SchedulingDefaults scheduling;
  // None (no <hl7> or <send-to> element and no --hl7-port): DICOM side only.
  std::optional<OrderFillerHl7Config> hl7;
};

// Reads the <actor> element; unknown elements and attributes, bad AE titles and ports are "FILE:LINE: ..."
// HarnessErrors. A relative seed file is taken relative to the configuration file's folder.
OrderFillerConfig load_order_filler_config(const xml::XmlNode& actor);
// The shared HL7 elements (actors/common/hl7_link/hl7_config.h) of <actor>: <hl7> (who we are, our port) and
// <send-to name="order-placer|image-manager">; none of them: no HL7 side (config_hl7.cpp).
std::optional<OrderFillerHl7Config> load_order_filler_hl7(const xml::XmlNode& actor);

}  // namespace ihe::actors
