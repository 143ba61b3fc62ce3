#include "actors/order_placer/order_placer_config.h"

namespace ihe::actors {
namespace {

// <order placer="PLC1001" patient="PAT001" code="CT-HEAD" .../>: a new order (RAD-2 NW).
OrderMessage read_order_element(const xml::XmlNode& node, const OrderPlacerConfig& config) {
  node.allow_only({"placer", "patient", "code", "code-scheme", "code-meaning", "modality", "priority",
                   "start", "requesting"},
                  {});
  OrderMessage order;
  order.order_control = "NW";
  const PatientEntry& entry = find_patient(config.patients, node);
  order.patient = entry.patient;
  order.visit = entry.visit;
  RequestedProcedure& procedure = order.procedure;
  procedure.patient_id = entry.patient.id;
  // ORC-2 EI: the number with our application as its namespace (HL7 v2.5.1 2.A.28 EI).
  procedure.placer_order_number = node.required_attribute("placer") + "^" + config.identity.application;
  procedure.codes.push_back({node.required_attribute("code"), node.attribute_or("code-scheme", "LOCAL"),
                             node.attribute_or("code-meaning", "")});
  procedure.priority = node.attribute_or("priority", "R");
  procedure.requesting_physician = node.attribute_or("requesting", "");
  const std::string modality = node.attribute_or("modality", "");
  const std::string start = node.attribute_or("start", "");
  if (!modality.empty() || !start.empty()) {
    ScheduledProcedureStep step;
    step.modality = modality;
    step.start_date = start.substr(0, std::min<std::size_t>(8, start.size()));
    step.start_time = start.size() > 8 ? start.substr(8) : "";
    procedure.steps.push_back(step);
  }
  return order;
}

}  // namespace

OrderPlacerConfig load_order_placer_config(const xml::XmlNode& actor) {
  actor.allow_only({"role"}, {"hl7", "send-to", "patient", "order"});
  OrderPlacerConfig config;
  if (const auto hl7 = actor.child("hl7")) {
    read_hl7_identity(*hl7, config.identity);
    config.hl7_port = static_cast<std::uint16_t>(hl7->int_attribute("port", config.hl7_port, 0, 65535));
    config.hl7_address = read_listen_address(*hl7);
  }
  for (const auto& send_to : actor.children("send-to")) {
    if (config.order_filler) send_to.fail("the Order Placer sends to one Order Filler: a second <send-to>");
    config.order_filler = read_send_to(send_to, config.identity);
  }
  for (const auto& patient : actor.children("patient"))
    config.patients.push_back(read_patient_entry(patient));
  for (const auto& order : actor.children("order")) {
    if (!config.order_filler) order.fail("<order> needs a <send-to> (the Order Filler) before it");
    config.orders.push_back(read_order_element(order, config));
  }
  return config;
}

}  // namespace ihe::actors
