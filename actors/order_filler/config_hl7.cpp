#include "actors/common/hl7_link/hl7_config.h"
#include "actors/order_filler/config.h"

namespace ihe::actors {

std::optional<OrderFillerHl7Config> load_order_filler_hl7(const xml::XmlNode& actor) {
  const auto hl7 = actor.child("hl7");
  const auto peers = actor.children("send-to");
  if (!hl7 && peers.empty()) return std::nullopt;
  OrderFillerHl7Config config;
  Hl7Identity identity{config.application, config.facility, config.version, std::chrono::seconds(10)};
  if (hl7) {
    read_hl7_identity(*hl7, identity);
    config.port = static_cast<std::uint16_t>(hl7->int_attribute("port", config.port, 0, 65535));
    config.address = read_listen_address(*hl7);
  }
  config.application = identity.application;
  config.facility = identity.facility;
  config.version = identity.version;
  for (const auto& send_to : peers) {
    auto destination = read_send_to(send_to, identity);
    if (destination.name == "order-placer")
      config.order_placer = destination.peer;
    else if (destination.name == "image-manager")
      config.image_manager = destination.peer;
    else
      send_to.fail("name '" + destination.name + "': expected order-placer or image-manager");
  }
  return config;
}

}  // namespace ihe::actors
