#include "actors/adt/adt_config.h"

namespace ihe::actors {
namespace {

// <event trigger="A08" patient="PAT001" name="..."/>: the patient as configured, with the attributes given
// here changed (an A08 carries the corrected demographics, PIR case 1).
AdtEvent read_event(const xml::XmlNode& node, const std::vector<PatientEntry>& patients) {
  node.allow_only({"trigger", "patient", "name", "birth-date", "sex", "class", "prior", "prior-issuer"}, {});
  AdtEvent event;
  event.trigger = node.required_attribute("trigger");
  if (!is_adt_trigger(event.trigger))
    node.fail("trigger '" + event.trigger +
              "' is not one of A01 A04 A05 A11 A38 (RAD-1), A02 A03 A06 A07 A08 A12 "
              "A13 A40 (RAD-12)");
  const PatientEntry& entry = find_patient(patients, node);
  event.patient = entry.patient;
  event.visit = entry.visit;
  event.patient.name = node.attribute_or("name", event.patient.name);
  event.patient.birth_date = node.attribute_or("birth-date", event.patient.birth_date);
  event.patient.sex = node.attribute_or("sex", event.patient.sex);
  event.visit.patient_class = node.attribute_or("class", event.visit.patient_class);
  if (event.trigger == "A40") {
    // MRG-1 R for A40 (RAD TF-2 4.12.4.1.2); the prior ID shares the survivor's authority by default.
    event.prior.id = node.required_attribute("prior");
    event.prior.issuer = node.attribute_or("prior-issuer", event.patient.issuer);
  } else if (node.attribute("prior")) {
    node.fail("attribute 'prior' belongs to an A40 (merge) only");
  }
  return event;
}

}  // namespace

AdtConfig load_adt_config(const xml::XmlNode& actor) {
  actor.allow_only({"role"}, {"hl7", "send-to", "patient", "event"});
  AdtConfig config;
  if (const auto hl7 = actor.child("hl7")) {
    read_hl7_identity(*hl7, config.identity);
    if (hl7->attribute("port") || hl7->attribute("address"))
      hl7->fail("the ADT only sends: it has no port to listen on");
  }
  for (const auto& send_to : actor.children("send-to"))
    config.destinations.push_back(read_send_to(send_to, config.identity));
  for (const auto& patient : actor.children("patient"))
    config.patients.push_back(read_patient_entry(patient));
  for (const auto& event : actor.children("event"))
    config.events.push_back(read_event(event, config.patients));
  return config;
}

}  // namespace ihe::actors
