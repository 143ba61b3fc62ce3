#pragma once

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "actors/common/endpoint.h"
#include "actors/image_display/archive_link.h"
#include "base/xml/xml_file.h"

namespace ihe::actors {

// The settings of the Image Display; examples/actors/image-display.xml documents each with its default.
struct ImageDisplayConfig {
  std::string ae_title = "IMAGE_DISPLAY";   // our AE title: calling AE of RAD-14/16, Move Destination
  std::uint16_t port = 11112;               // our Storage SCP
  std::filesystem::path storage_folder{};   // empty: received instances stay in memory
  std::optional<Endpoint> image_archive{};  // where RAD-14 and RAD-16 go
  DisplayTimeouts timeouts{};
};

// Reads <actor role="image-display"> (its <dicom>, <storage>, <image-archive> and <deadlines> children).
// Unknown elements or attributes and bad values throw ihe::HarnessError "FILE:LINE: ...".
ImageDisplayConfig load_image_display_config(const xml::XmlNode& actor);

// Throws ihe::HarnessError "WHERE: AE title 'X' ..." when `ae_title` is no valid AE title (PS3.5 6.2).
void check_ae_title(const std::string& ae_title, const std::string& where);

}  // namespace ihe::actors
