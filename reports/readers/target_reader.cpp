#include "reports/readers/target_reader.h"

#include <algorithm>
#include <array>

#include "base/xml/xml_file.h"

namespace ihe::reports {
namespace {

constexpr std::array<std::string_view, 3> kSutRoles{"image-manager", "order-filler", "acquisition-modality"};

std::uint16_t port_of(const xml::XmlNode& node) {
  node.required_attribute("port");
  return static_cast<std::uint16_t>(node.int_attribute("port", 0, 1, 65535));
}

// PS3.5 6.2 (VR AE): at most 16 characters of the default repertoire, no backslash, no control
// characters, and not only spaces (leading and trailing spaces are not significant).
std::string ae_title_of(const xml::XmlNode& node) {
  auto aet = node.required_attribute("ae-title");
  const bool bad_char = std::any_of(aet.begin(), aet.end(), [](char c) {
    const auto u = static_cast<unsigned char>(c);
    return u < 0x20 || u >= 0x7F || c == '\\';
  });
  if (aet.size() > 16 || bad_char)
    node.fail("ae-title '" + aet + "' is not a DICOM AE title (PS3.5 6.2: at most 16 printable ASCII " +
              "characters, no backslash)");
  return aet;
}

DicomService sut_dicom(const xml::XmlNode& node) {
  node.allow_only({"ae-title", "host", "port"}, {});
  return {.ae_title = ae_title_of(node), .host = node.required_attribute("host"), .port = port_of(node)};
}

// The harness listens on every local interface; host names the address the SUT was configured to call.
DicomService harness_dicom(const xml::XmlNode& node) {
  node.allow_only({"ae-title", "host", "port"}, {});
  return {
      .ae_title = ae_title_of(node), .host = node.attribute_or("host", "127.0.0.1"), .port = port_of(node)};
}

Hl7Service hl7_service(const xml::XmlNode& node, bool host_required) {
  node.allow_only({"host", "port", "application", "facility", "version"}, {});
  Hl7Service hl7{
      .host = host_required ? node.required_attribute("host") : node.attribute_or("host", "127.0.0.1"),
      .port = port_of(node),
      .application = node.required_attribute("application"),
      .facility = node.required_attribute("facility"),
      .version = node.attribute_or("version", "2.5.1"),
  };
  // SWF.b binds its HL7 transactions to v2.5.1; the legacy SWF profile to v2.3.1 (RAD TF-2 2.4.2).
  if (hl7.version != "2.5.1" && hl7.version != "2.3.1")
    node.fail("version '" + hl7.version + "' is not an HL7 version the harness speaks (2.5.1, 2.3.1)");
  return hl7;
}

void read_harness(const xml::XmlNode& node, Target& target) {
  node.allow_only({}, {"dicom", "storage", "hl7"});
  if (const auto dicom = node.child("dicom")) {
    target.harness_dicom = harness_dicom(*dicom);
    target.harness_dicom_origin = dicom->where();
  }
  if (const auto storage = node.child("storage")) {
    target.harness_storage = harness_dicom(*storage);
    target.harness_storage_origin = storage->where();
  }
  if (const auto hl7 = node.child("hl7")) {
    target.harness_hl7 = hl7_service(*hl7, false);
    target.harness_hl7_origin = hl7->where();
  }
}

}  // namespace

std::span<const std::string_view> known_sut_roles() {
  return kSutRoles;
}

Target read_target(const std::filesystem::path& path) {
  const auto file = xml::XmlFile::load(path);
  const auto root = file.root("target");
  root.allow_only({"name", "sut-role"}, {"dicom", "hl7", "harness", "timeouts"});
  Target target;
  target.name = root.required_attribute("name");
  target.sut_role = root.required_attribute("sut-role");
  if (std::find(kSutRoles.begin(), kSutRoles.end(), target.sut_role) == kSutRoles.end()) {
    std::string known;
    for (const auto role : kSutRoles) known += (known.empty() ? "" : ", ") + std::string(role);
    root.fail("unknown sut-role '" + target.sut_role + "' (known: " + known + ")");
  }
  const auto dicom = root.child("dicom");
  const auto hl7 = root.child("hl7");
  if (!dicom && !hl7) root.fail("<target> needs a <dicom> or an <hl7> element: how to reach the SUT");
  if (dicom) target.dicom = sut_dicom(*dicom);
  if (hl7) target.hl7 = hl7_service(*hl7, true);
  if (const auto harness = root.child("harness")) read_harness(*harness, target);
  if (const auto timeouts = root.child("timeouts")) {
    timeouts->allow_only({"seconds"}, {});
    target.timeout_seconds = static_cast<int>(timeouts->int_attribute("seconds", 10, 1, 3600));
  }
  return target;
}

}  // namespace ihe::reports
