#include "actors/image_display/config.h"

#include "base/harness_error.h"

namespace ihe::actors {
namespace {

std::chrono::seconds seconds_attribute(const xml::XmlNode& node, std::string_view name,
                                       std::chrono::seconds fallback) {
  return std::chrono::seconds(node.int_attribute(name, fallback.count(), 1, 3600));
}

}  // namespace

void check_ae_title(const std::string& ae_title, const std::string& where) {
  if (const auto problem = ae_title_problem(ae_title); !problem.empty())
    throw HarnessError(where + ": AE title '" + ae_title + "' " + problem);
}

ImageDisplayConfig load_image_display_config(const xml::XmlNode& actor) {
  actor.allow_only({"role"}, {"dicom", "storage", "image-archive", "deadlines"});
  ImageDisplayConfig config;
  if (const auto dicom = actor.child("dicom")) {
    dicom->allow_only({"aet", "port"}, {});
    config.ae_title = dicom->attribute_or("aet", config.ae_title);
    check_ae_title(config.ae_title, dicom->where());
    config.port = static_cast<std::uint16_t>(dicom->int_attribute("port", config.port, 1, 65535));
  }
  if (const auto storage = actor.child("storage")) {
    storage->allow_only({"folder"}, {});
    config.storage_folder = storage->attribute_or("folder", "");
  }
  if (const auto archive = actor.child("image-archive")) {
    archive->allow_only({"dicom"}, {});
    try {
      config.image_archive = Endpoint::parse_dicom(archive->required_attribute("dicom"));
    } catch (const HarnessError& error) {
      archive->fail(error.what());
    }
  }
  if (const auto deadlines = actor.child("deadlines")) {
    deadlines->allow_only({"association", "response", "sub-operations"}, {});
    auto& t = config.timeouts;
    t.association = seconds_attribute(*deadlines, "association", t.association);
    t.response = seconds_attribute(*deadlines, "response", t.response);
    t.sub_operations = seconds_attribute(*deadlines, "sub-operations", t.sub_operations);
  }
  return config;
}

}  // namespace ihe::actors
