#include "actors/order_filler/config.h"

#include "actors/common/endpoint.h"

namespace ihe::actors {
namespace {

std::string checked_ae(const xml::XmlNode& node, std::string_view attribute) {
  auto ae = node.required_attribute(attribute);
  if (const auto problem = ae_title_problem(ae); !problem.empty())
    node.fail("attribute '" + std::string(attribute) + "': " + problem);
  return ae;
}

}  // namespace

OrderFillerConfig load_order_filler_config(const xml::XmlNode& actor) {
  actor.allow_only({"role"}, {"dicom", "seed", "scheduling", "hl7", "send-to"});
  OrderFillerConfig config;
  if (const auto dicom = actor.child("dicom")) {
    dicom->allow_only({"aet", "port", "idle-timeout"}, {"allow-calling-ae"});
    if (dicom->attribute("aet")) config.ae_title = checked_ae(*dicom, "aet");
    config.dicom_port = static_cast<std::uint16_t>(dicom->int_attribute("port", config.dicom_port, 0, 65535));
    config.idle_timeout = std::chrono::seconds(dicom->int_attribute("idle-timeout", 30, 1, 3600));
    for (const auto& allowed : dicom->children("allow-calling-ae")) {
      allowed.allow_only({"aet"}, {});
      config.allowed_calling_aes.push_back(checked_ae(allowed, "aet"));
    }
  }
  if (const auto seed = actor.child("seed")) {
    seed->allow_only({"file"}, {});
    std::filesystem::path file = seed->required_attribute("file");
    if (file.is_relative()) file = seed->file_path().parent_path() / file;
    if (!std::filesystem::exists(file)) seed->fail("seed file '" + file.string() + "' does not exist");
    config.seed_file = file;
  }
  if (const auto scheduling = actor.child("scheduling")) {
    scheduling->allow_only({"modality", "station-ae", "station-name", "location"}, {});
    auto& defaults = config.scheduling;
    defaults.modality = scheduling->attribute("modality").value_or(defaults.modality);
    if (scheduling->attribute("station-ae")) defaults.station_ae = checked_ae(*scheduling, "station-ae");
    defaults.station_name = scheduling->attribute("station-name").value_or("");
    defaults.location = scheduling->attribute("location").value_or("");
  }
  config.hl7 = load_order_filler_hl7(actor);
  return config;
}

}  // namespace ihe::actors
