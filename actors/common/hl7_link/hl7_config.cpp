#include "actors/common/hl7_link/hl7_config.h"

#include "actors/common/endpoint.h"
#include "base/harness_error.h"

namespace ihe::actors {

void read_hl7_identity(const xml::XmlNode& hl7, Hl7Identity& identity) {
  hl7.allow_only({"application", "facility", "version", "timeout", "port", "address"}, {});
  identity.application = hl7.attribute_or("application", identity.application);
  identity.facility = hl7.attribute_or("facility", identity.facility);
  identity.version = hl7.attribute_or("version", identity.version);
  if (identity.version != "2.5.1" && identity.version != "2.3.1")
    hl7.fail("version '" + identity.version + "': expected 2.5.1 (SWF.b) or 2.3.1 (SWF)");
  identity.timeout =
      std::chrono::seconds(hl7.int_attribute("timeout", identity.timeout.count() / 1000, 1, 3600));
}

std::string read_listen_address(const xml::XmlNode& hl7) {
  const std::string address = hl7.attribute_or("address", kAllInterfaces);
  // An IP literal: digits and dots (IPv4) or hex digits and colons (IPv6); a host name would be resolved
  // to an unknown interface.
  const bool literal =
      !address.empty() && address.find_first_not_of("0123456789abcdefABCDEF.:") == std::string::npos;
  if (!literal) hl7.fail("address '" + address + "': expected an IP address such as 0.0.0.0 or 127.0.0.1");
  return address;
}

Hl7Destination read_send_to(const xml::XmlNode& send_to, const Hl7Identity& us) {
  send_to.allow_only({"name", "endpoint", "application", "facility"}, {});
  Hl7Destination destination;
  destination.name = send_to.required_attribute("name");
  Endpoint endpoint;
  try {
    endpoint = Endpoint::parse_hl7(send_to.required_attribute("endpoint"));
  } catch (const HarnessError& e) {
    send_to.fail(std::string("endpoint ") + e.what());
  }
  Hl7PeerSettings& peer = destination.peer;
  peer.host = endpoint.host;
  peer.port = endpoint.port;
  peer.sending_application = us.application;
  peer.sending_facility = us.facility;
  peer.receiving_application = send_to.attribute_or("application", "");
  peer.receiving_facility = send_to.attribute_or("facility", "");
  peer.version = us.version;
  peer.timeout = us.timeout;
  return destination;
}

PatientEntry read_patient_entry(const xml::XmlNode& node) {
  node.allow_only({"id", "issuer", "name", "birth-date", "sex", "class", "location", "attending", "referring",
                   "visit", "account"},
                  {});
  PatientEntry entry;
  Patient& p = entry.patient;
  p.id = node.required_attribute("id");
  p.issuer = node.attribute_or("issuer", "");
  p.name = node.attribute_or("name", "");
  p.birth_date = node.attribute_or("birth-date", "");
  p.sex = node.attribute_or("sex", "O");
  Visit& v = entry.visit;
  v.patient_class = node.attribute_or("class", v.patient_class);
  v.location = node.attribute_or("location", "");
  v.attending_doctor = node.attribute_or("attending", "");
  v.referring_doctor = node.attribute_or("referring", "");
  v.visit_number = node.attribute_or("visit", "");
  v.account_number = node.attribute_or("account", "");
  return entry;
}

const PatientEntry& find_patient(const std::vector<PatientEntry>& patients, const xml::XmlNode& node,
                                 std::string_view attribute) {
  const std::string id = node.required_attribute(attribute);
  for (const auto& entry : patients)
    if (entry.patient.id == id) return entry;
  node.fail(std::string(attribute) + " '" + id + "' is not a <patient> of this file");
}

}  // namespace ihe::actors
