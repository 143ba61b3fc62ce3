#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "actors/common/endpoint.h"
#include "base/xml/xml_file.h"

namespace ihe::actors::image_manager {

// Where a storage commitment report goes (PS3.4 J.3.3): on the N-ACTION's own association, or on a new one
// to the requester (J.3.3.1.2), looked up by its calling AE among the peers.
enum class ReportMode { Same, New };

// Every setting of the Image Manager, with the defaults examples/actors/image-manager.xml documents.
struct ImageManagerConfig {
  std::string ae_title = "IMAGE_MANAGER";
  std::uint16_t port = 11112;
  std::filesystem::path storage_folder = "./image-manager-store";
  // Empty: any calling AE may associate.
  std::vector<std::string> allowed_calling_aes;
  ReportMode report = ReportMode::New;
  // C-MOVE destinations and storage commitment report receivers, by AE title.
  std::map<std::string, Endpoint> peers;
  // RAD-49 Instance Availability Notification receiver; none: no IAN is sent.
  std::optional<Endpoint> ian_order_filler;

  // The <actor role="image-manager"> element; unknown elements and attributes are rejected (FILE:LINE).
  static ImageManagerConfig from_xml(const xml::XmlNode& actor);
};

}  // namespace ihe::actors::image_manager
