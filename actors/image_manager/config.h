#pragma once

#include <cstdint>
#include <chrono>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "actors/common/endpoint.h"
#include "actors/common/hl7_link/hl7_config.h"
#include "base/xml/xml_file.h"

namespace ihe::actors::image_manager {

// Where a storage commitment report goes (PS3.4 J.3.3): on the N-ACTION's own association, or on a new one
// to the requester (J.3.3.1.2), looked up by its calling AE among the peers.
enum class ReportMode { Same, New };

// The HL7 listener for RAD-4/RAD-13 (from the Order Filler) and RAD-12 (patient updates forwarded by it),
// read from the <hl7> element every HL7 actor shares (hl7_config.h).
struct Hl7ListenerConfig {
  std::uint16_t port = 2575;
  // MSH-3/MSH-4 of our acknowledgements; `version` is the lowest MSH-12 accepted (a higher one is accepted
  // too, spec digest "Versions"): "2.5.1" (SWF.b and the HL7 v2.5.1 Option, RAD-4/13 as OMI^O23) or "2.3.1"
  // (SWF, RAD-4/13 as ORM^O01 + ZDS). The identity's timeout is a sender's setting, refused here.
  Hl7Identity identity{"IMAGE_MANAGER", "HARNESS", "2.5.1"};
  std::string address = kAllInterfaces;  // where `port` binds (<hl7 address>); every interface by default
};

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
  // None: no HL7 listener (the DICOM-only Image Manager).
  std::optional<Hl7ListenerConfig> hl7;
  // Each wait of the associations it opens (commitment reports, C-MOVE sub-operations). Not in the XML:
  // the harness sets it to the target's timeout when it plays the Image Manager for a modality SUT.
  std::chrono::seconds outgoing_timeout{10};

  // The <actor role="image-manager"> element; unknown elements and attributes are rejected (FILE:LINE).
  static ImageManagerConfig from_xml(const xml::XmlNode& actor);
};

}  // namespace ihe::actors::image_manager
