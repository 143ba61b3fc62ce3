#pragma once

#include <chrono>
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "actors/order_filler/order_change.h"
#include "base/xml/xml_file.h"

namespace ihe::actors {

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
};

// Reads the <actor> element; unknown elements and attributes, bad AE titles and ports are "FILE:LINE: ..."
// HarnessErrors. A relative seed file is taken relative to the configuration file's folder.
OrderFillerConfig load_order_filler_config(const xml::XmlNode& actor);

}  // namespace ihe::actors
