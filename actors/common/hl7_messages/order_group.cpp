#include "actors/common/hl7_messages/order_group.h"

#include "actors/common/hl7_messages/hl7_fields.h"

namespace ihe::actors::order_group {

using namespace hl7_fields;

std::string at(std::string_view segment, std::size_t occurrence) {
  return std::string(segment) + "[" + std::to_string(occurrence) + "]-";
}

void add_patient_visit(hl7::Message& message, const Patient& patient, const Visit& visit) {
  message.add_segment("PID");
  set_patient(message, patient, visit.account_number);
  message.add_segment("PV1");
  set_visit(message, visit);
}

void add_orc(hl7::Message& message, std::size_t occurrence, std::string_view control, std::string_view status,
             const RequestedProcedure& procedure, const std::string& start, std::string_view version) {
  message.add_segment("ORC");
  const std::string orc = at("ORC", occurrence);
  message.set(orc + "1", control);
  set_components(message, orc + "2", procedure.placer_order_number);
  set_components(message, orc + "3", procedure.filler_order_number);
  if (!status.empty()) message.set(orc + "5", status);
  if (!is_v25(version)) {
    // HL7 v2.3.1 ORC-7 quantity/timing: component 4 start, component 6 priority (digest 2.5).
    if (!start.empty()) message.set(orc + "7.4", start);
    if (!procedure.priority.empty()) message.set(orc + "7.6", procedure.priority);
  }
  set_person(message, orc + "12", procedure.requesting_physician);
  if (is_v25(version) && (!start.empty() || !procedure.priority.empty())) {
    message.add_segment("TQ1");
    const std::string tq1 = at("TQ1", occurrence);
    message.set(tq1 + "1", "1");
    if (!start.empty()) message.set(tq1 + "7", start);
    // TQ1-9 priority, HL7 table 0485 (S A R P C T PRN).
    if (!procedure.priority.empty()) message.set(tq1 + "9", procedure.priority);
  }
}

void add_obr(hl7::Message& message, std::size_t occurrence, const RequestedProcedure& procedure,
             const std::string& modality) {
  message.add_segment("OBR");
  const std::string obr = at("OBR", occurrence);
  message.set(obr + "1", std::to_string(occurrence));
  set_components(message, obr + "2", procedure.placer_order_number);
  set_components(message, obr + "3", procedure.filler_order_number);
  if (!procedure.codes.empty()) set_code(message, obr + "4", procedure.codes.front());
  set_person(message, obr + "16", procedure.requesting_physician);
  if (!modality.empty()) message.set(obr + "24", modality);
}

ReadResult<OrderGroup> read_group(const hl7::Message& message, std::size_t occurrence) {
  if (message.find("ORC", occurrence) == nullptr) return missing("ORC", 0, "common order segment");
  if (message.find("OBR", occurrence) == nullptr) return missing("OBR", 0, "observation request segment");
  const std::string orc = at("ORC", occurrence);
  const std::string obr = at("OBR", occurrence);
  OrderGroup group;
  group.control = message.get(orc + "1");
  if (group.control.empty()) return missing("ORC", 1, "ORC-1 (order control)");
  group.status = message.get(orc + "5");
  RequestedProcedure& procedure = group.procedure;
  procedure.placer_order_number = get_components(message, orc + "2", 4);
  procedure.filler_order_number = get_components(message, orc + "3", 4);
  if (procedure.placer_order_number.empty())
    procedure.placer_order_number = get_components(message, obr + "2", 4);
  if (procedure.filler_order_number.empty())
    procedure.filler_order_number = get_components(message, obr + "3", 4);
  if (procedure.placer_order_number.empty() && procedure.filler_order_number.empty())
    return missing("ORC", 2, "ORC-2 (placer order number) and ORC-3 (filler order number)");
  if (const CodedEntry code = get_code(message, obr + "4"); !code.value.empty())
    procedure.codes.push_back(code);
  procedure.requesting_physician = get_person(message, obr + "16");
  if (procedure.requesting_physician.empty())
    procedure.requesting_physician = get_person(message, orc + "12");
  if (is_v25(message.version())) {
    const std::string tq1 = at("TQ1", occurrence);
    group.start = message.get(tq1 + "7.1");
    procedure.priority = message.get(tq1 + "9.1");
  } else {
    group.start = message.get(orc + "7.4");
    procedure.priority = message.get(orc + "7.6");
  }
  group.modality = message.get(obr + "24");
  return group;
}

}  // namespace ihe::actors::order_group
