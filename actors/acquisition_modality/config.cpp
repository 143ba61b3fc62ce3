#include "actors/acquisition_modality/config.h"

#include "base/harness_error.h"

namespace ihe::actors {
namespace {

using xml::XmlNode;

std::optional<Endpoint> peer(const XmlNode& actor, std::string_view element) {
  const auto node = actor.child(element);
  if (!node) return std::nullopt;
  node->allow_only({"dicom"}, {});
  try {
    return Endpoint::parse_dicom(node->required_attribute("dicom"));
  } catch (const HarnessError& error) {
    node->fail(error.what());
  }
}

void read_station(const XmlNode& actor, ModalityConfig& config) {
  const auto node = actor.child("station");
  if (!node) return;
  node->allow_only({"name", "location", "modality"}, {});
  config.station.name = node->attribute_or("name", config.station.name);
  config.station.location = node->attribute_or("location", config.station.location);
  config.station.modality = node->attribute_or("modality", config.station.modality);
  if (config.station.modality != "CT" && config.station.modality != "MR")
    node->fail("modality must be CT or MR, not '" + config.station.modality + "'");
}

void read_timeouts(const XmlNode& actor, ModalityConfig& config) {
  const auto node = actor.child("timeouts");
  if (!node) return;
  node->allow_only({"connect", "acse", "dimse"}, {});
  auto& t = config.timeouts;
  t.connect = std::chrono::seconds(node->int_attribute("connect", t.connect.count(), 1, 600));
  t.acse = std::chrono::seconds(node->int_attribute("acse", t.acse.count(), 1, 600));
  t.dimse = std::chrono::seconds(node->int_attribute("dimse", t.dimse.count(), 1, 3600));
}

void read_commitment(const XmlNode& actor, ModalityConfig& config) {
  const auto node = actor.child("storage-commitment");
  if (!node) return;
  node->allow_only({"report", "deadline"}, {});
  const auto report = node->attribute_or("report", "either");
  if (report == "same")
    config.report_channel = ReportChannel::SameAssociation;
  else if (report == "new")
    config.report_channel = ReportChannel::NewAssociation;
  else if (report == "either")
    config.report_channel = ReportChannel::Either;
  else
    node->fail("report must be same, new or either, not '" + report + "'");
  config.commitment_deadline =
      std::chrono::seconds(node->int_attribute("deadline", config.commitment_deadline.count(), 1, 86400));
}

void read_workflow(const XmlNode& actor, ModalityConfig& config) {
  const auto node = actor.child("workflow");
  if (!node) return;
  node->allow_only({"run", "images-per-series", "patient-id"}, {});
  const auto run = node->attribute_or("run", "never");
  if (run != "once" && run != "never") node->fail("run must be once or never, not '" + run + "'");
  config.workflow.run_once = run == "once";
  config.workflow.images_per_series =
      static_cast<int>(node->int_attribute("images-per-series", config.workflow.images_per_series, 1, 100));
  config.workflow.patient_id = node->attribute_or("patient-id", "");
  if (config.workflow.run_once && (!config.order_filler || !config.image_manager))
    node->fail("run=\"once\" needs <order-filler dicom=...> and <image-manager dicom=...>");
}

}  // namespace

ModalityConfig load_modality_config(const XmlNode& actor) {
  actor.allow_only({"role"}, {"dicom", "station", "order-filler", "mpps", "image-manager", "timeouts",
                              "storage-commitment", "workflow"});
  ModalityConfig config;
  if (const auto dicom = actor.child("dicom")) {
    dicom->allow_only({"aet", "port"}, {});
    config.ae_title = dicom->attribute_or("aet", config.ae_title);
    if (const auto problem = ae_title_problem(config.ae_title); !problem.empty())
      dicom->fail("aet '" + config.ae_title + "': " + problem);
    config.port = static_cast<std::uint16_t>(dicom->int_attribute("port", config.port, 0, 65535));
  }
  read_station(actor, config);
  config.order_filler = peer(actor, "order-filler");
  config.mpps = peer(actor, "mpps");
  config.image_manager = peer(actor, "image-manager");
  read_timeouts(actor, config);
  read_commitment(actor, config);
  read_workflow(actor, config);
  return config;
}

}  // namespace ihe::actors
