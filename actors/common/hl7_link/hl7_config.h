#pragma once

#include <chrono>
#include <string>
#include <vector>

#include "actors/common/hl7_link/hl7_peer_settings.h"
#include "actors/common/hl7_messages/visit.h"
#include "actors/common/procedure_records.h"
#include "base/xml/xml_file.h"

// The configuration elements every HL7 actor shares (examples/actors/adt.xml documents them):
//   <hl7 application="" facility="" version="2.5.1" timeout="10" [port="2575" address="0.0.0.0"]/>  who we
//   are <send-to name="" endpoint="HOST:PORT" application="" facility=""/>           one peer each <patient
//   id="" issuer="" name="" birth-date="" sex="" class="" .../>          synthetic patients
// Errors are "FILE:LINE: ..." HarnessErrors.
namespace ihe::actors {

struct Hl7Identity {
  std::string application;  // MSH-3 we send, MSH-5 we expect
  std::string facility;     // MSH-4
  std::string version = "2.5.1";
  std::chrono::milliseconds timeout = std::chrono::seconds(10);
};

// Reads <hl7> onto `identity` (attributes absent keep their values). Also allows "port" and "address", which
// actors that listen read themselves (read_listen_address; the others reject them).
void read_hl7_identity(const xml::XmlNode& hl7, Hl7Identity& identity);

// Where a listening actor's MLLP port binds: every interface unless <hl7 address="..."> names one (an IP
// literal such as 127.0.0.1), as the DICOM side, which DCMTK binds to all interfaces.
inline constexpr const char* kAllInterfaces = "0.0.0.0";
std::string read_listen_address(const xml::XmlNode& hl7);

// One <send-to>: endpoint required, application/facility default to empty.
struct Hl7Destination {
  std::string name;  // "order-filler"
  Hl7PeerSettings peer;
};
Hl7Destination read_send_to(const xml::XmlNode& send_to, const Hl7Identity& us);

// One <patient>: the Patient and its Visit.
struct PatientEntry {
  Patient patient;
  Visit visit;
};
PatientEntry read_patient_entry(const xml::XmlNode& patient);
// The entry with that patient ID, or node.fail() naming the attribute that refers to it.
const PatientEntry& find_patient(const std::vector<PatientEntry>& patients, const xml::XmlNode& node,
                                 std::string_view attribute = "patient");

}  // namespace ihe::actors
