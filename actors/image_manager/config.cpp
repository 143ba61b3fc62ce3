#include "actors/image_manager/config.h"

#include "base/harness_error.h"

namespace ihe::actors::image_manager {
namespace {

std::string ae_title_of(const xml::XmlNode& node, std::string_view attribute) {
  std::string ae = node.required_attribute(attribute);
  if (auto problem = ae_title_problem(ae); !problem.empty()) node.fail("'" + ae + "': " + problem);
  return ae;
}

Endpoint endpoint_of(const xml::XmlNode& node, std::string_view attribute) {
  try {
    return Endpoint::parse_dicom(node.required_attribute(attribute));
  } catch (const HarnessError& error) {
    node.fail(error.what());
  }
}

}  // namespace

ImageManagerConfig ImageManagerConfig::from_xml(const xml::XmlNode& actor) {
  actor.allow_only({"role"}, {"dicom", "storage", "calling-ae", "stgcmt", "peer", "ian", "hl7"});
  ImageManagerConfig config;
  if (auto dicom = actor.child("dicom")) {
    dicom->allow_only({"aet", "port"}, {});
    if (dicom->attribute("aet")) config.ae_title = ae_title_of(*dicom, "aet");
    config.port = static_cast<std::uint16_t>(dicom->int_attribute("port", config.port, 1, 65535));
  }
  if (auto storage = actor.child("storage")) {
    storage->allow_only({"folder"}, {});
    config.storage_folder = storage->required_attribute("folder");
  }
  for (const auto& calling : actor.children("calling-ae")) {
    calling.allow_only({"aet"}, {});
    config.allowed_calling_aes.push_back(ae_title_of(calling, "aet"));
  }
  if (auto stgcmt = actor.child("stgcmt")) {
    stgcmt->allow_only({"report"}, {});
    const std::string report = stgcmt->attribute_or("report", "new");
    if (report != "new" && report != "same")
      stgcmt->fail("report must be 'new' or 'same', not '" + report + "'");
    config.report = report == "same" ? ReportMode::Same : ReportMode::New;
  }
  for (const auto& peer : actor.children("peer")) {
    peer.allow_only({"aet", "host", "port"}, {});
    peer.required_attribute("port");
    Endpoint endpoint{ae_title_of(peer, "aet"), peer.required_attribute("host"),
                      static_cast<std::uint16_t>(peer.int_attribute("port", 0, 1, 65535))};
    if (!config.peers.emplace(endpoint.ae_title, endpoint).second)
      peer.fail("peer '" + endpoint.ae_title + "' is configured twice");
  }
  if (auto ian = actor.child("ian")) {
    ian->allow_only({"enabled", "order-filler"}, {});
    if (ian->bool_attribute("enabled", false)) config.ian_order_filler = endpoint_of(*ian, "order-filler");
  }
  if (auto hl7 = actor.child("hl7")) {
    if (hl7->attribute("timeout")) hl7->fail("timeout is a sender's setting; the Image Manager only listens");
    Hl7ListenerConfig listener;
    read_hl7_identity(*hl7, listener.identity);
    listener.port = static_cast<std::uint16_t>(hl7->int_attribute("port", listener.port, 1, 65535));
    listener.address = read_listen_address(*hl7);
    config.hl7 = listener;
  }
  return config;
}

}  // namespace ihe::actors::image_manager
