#include "actors/order_filler/config.h"

namespace ihe::actors {
namespace {

Hl7PeerSettings load_peer(const xml::XmlNode& peer) {
  peer.allow_only({"host", "port", "application", "facility", "timeout"}, {});
  Hl7PeerSettings settings;
  settings.host = peer.attribute("host").value_or(settings.host);
  settings.port = static_cast<std::uint16_t>(peer.int_attribute("port", 0, 1, 65535));
  if (settings.port == 0) peer.fail("attribute 'port' is required");
  settings.receiving_application = peer.attribute("application").value_or("");
  settings.receiving_facility = peer.attribute("facility").value_or("");
  settings.timeout = std::chrono::seconds(peer.int_attribute("timeout", 10, 1, 600));
  return settings;
}

}  // namespace

OrderFillerHl7Config load_order_filler_hl7(const xml::XmlNode& hl7) {
  hl7.allow_only({"port", "address", "application", "facility", "version"},
                 {"order-placer", "image-manager"});
  OrderFillerHl7Config config;
  config.port = static_cast<std::uint16_t>(hl7.int_attribute("port", config.port, 0, 65535));
  config.address = hl7.attribute("address").value_or(config.address);
  config.application = hl7.attribute("application").value_or(config.application);
  config.facility = hl7.attribute("facility").value_or(config.facility);
  config.version = hl7.attribute("version").value_or(config.version);
  if (config.version != "2.5.1" && config.version != "2.3.1")
    hl7.fail("attribute 'version': '" + config.version + "' is neither 2.5.1 (SWF.b) nor 2.3.1 (SWF)");
  if (const auto placer = hl7.child("order-placer")) config.order_placer = load_peer(*placer);
  if (const auto manager = hl7.child("image-manager")) config.image_manager = load_peer(*manager);
  return config;
}

}  // namespace ihe::actors
