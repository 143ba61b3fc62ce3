#include "actors/common/hl7_messages/procedure_messages.h"

#include <array>

#include "actors/common/hl7_messages/hl7_fields.h"
#include "actors/common/hl7_messages/order_group.h"
#include "base/harness_error.h"

namespace ihe::actors {
namespace {

using namespace hl7_fields;
using order_group::at;

struct ActionRow {
  ProcedureAction action;
  OrderControlPair pair;
  std::string_view name;
};
constexpr std::array<ActionRow, 5> kActions{{
    {ProcedureAction::Scheduled, {"NW", "SC"}, "scheduled"},
    {ProcedureAction::Cancelled, {"CA", "CA"}, "cancelled"},
    {ProcedureAction::Discontinued, {"DC", "CA"}, "discontinued"},
    {ProcedureAction::Changed, {"XO", "SC"}, "information changed"},
    {ProcedureAction::Completed, {"XO", "CM"}, "completed"},
}};

const ActionRow& row(ProcedureAction action) {
  for (const auto& r : kActions)
    if (r.action == action) return r;
  throw HarnessError("unknown ProcedureAction value");
}

// OBR-44 procedure code: RP code with the RP description in component 2 (digest 2.5, HL7 -> MWL mapping).
void set_description(hl7::Message& message, const std::string& obr, const RequestedProcedure& procedure) {
  if (procedure.description.empty()) return;
  CodedEntry code = procedure.codes.empty() ? CodedEntry{} : procedure.codes.front();
  code.meaning = procedure.description;
  set_code(message, obr + "44", code);
}

void write_ipc(hl7::Message& message, std::size_t n, const RequestedProcedure& procedure,
               const ScheduledProcedureStep& step) {
  message.add_segment("IPC");
  const std::string ipc = at("IPC", n);
  message.set(ipc + "1", procedure.accession_number);
  message.set(ipc + "2", procedure.requested_procedure_id);
  message.set(ipc + "3", procedure.study_instance_uid);
  message.set(ipc + "4", step.sps_id);
  message.set(ipc + "5", step.modality);
  for (std::size_t r = 0; r < step.protocol_codes.size(); ++r)
    set_code(message, ipc + "6[" + std::to_string(r + 1) + "]", step.protocol_codes[r]);
  if (step.protocol_codes.empty() && !step.description.empty()) message.set(ipc + "6.2", step.description);
  if (!step.station_name.empty()) message.set(ipc + "7", step.station_name);
  if (!step.location.empty()) message.set(ipc + "8", step.location);
  if (!step.station_ae.empty()) message.set(ipc + "9", step.station_ae);
}

void write_legacy_group(hl7::Message& message, std::size_t n, const ProcedureMessage& input,
                        const ScheduledProcedureStep& step) {
  const RequestedProcedure& procedure = input.procedure;
  const OrderControlPair pair = order_control_pair(input.action);
  order_group::add_orc(message, n, pair.control, pair.status, procedure,
                       date_time(step.start_date, step.start_time), "2.3.1");
  order_group::add_obr(message, n, procedure, step.modality);
  const std::string obr = at("OBR", n);
  // OBR-4 components 4-6: the scheduled protocol (action item) code (digest 2.5, MESA).
  if (!step.protocol_codes.empty()) {
    const CodedEntry& protocol = step.protocol_codes.front();
    message.set(obr + "4.4", protocol.value);
    message.set(obr + "4.5", protocol.meaning);
    message.set(obr + "4.6", protocol.scheme);
  }
  message.set(obr + "18", procedure.accession_number);
  message.set(obr + "19", procedure.requested_procedure_id);
  message.set(obr + "20", step.sps_id);
  set_description(message, obr, procedure);
  message.add_segment("ZDS");
  // ZDS-1 RP: only component 1 is the UID (MESA writes `uid^100^Application^DICOM`).
  message.set(at("ZDS", n) + "1.1", procedure.study_instance_uid);
  message.set(at("ZDS", n) + "1.3", "Application");
  message.set(at("ZDS", n) + "1.4", "DICOM");
}

ScheduledProcedureStep read_ipc(const hl7::Message& message, std::size_t n) {
  const std::string ipc = at("IPC", n);
  ScheduledProcedureStep step;
  step.sps_id = message.get(ipc + "4.1");
  step.modality = message.get(ipc + "5.1");
  const std::size_t codes = message.repetition_count(ipc + "6");
  for (std::size_t r = 1; r <= codes; ++r)
    if (CodedEntry code = get_code(message, ipc + "6[" + std::to_string(r) + "]"); !code.value.empty())
      step.protocol_codes.push_back(code);
  step.description = message.get(ipc + "6.2");
  step.station_name = message.get(ipc + "7.1");
  step.location = message.get(ipc + "8.1");
  step.station_ae = message.get(ipc + "9");
  return step;
}

ScheduledProcedureStep read_legacy_step(const hl7::Message& message, std::size_t n) {
  const std::string obr = at("OBR", n);
  ScheduledProcedureStep step;
  step.sps_id = message.get(obr + "20");
  step.modality = message.get(obr + "24");
  if (CodedEntry protocol{message.get(obr + "4.4"), message.get(obr + "4.6"), message.get(obr + "4.5")};
      !protocol.value.empty()) {
    step.description = protocol.meaning;
    step.protocol_codes.push_back(protocol);
  }
  return step;
}

// The requested procedure's own fields from the first group, the steps from every IPC (2.5.1) or group.
ReadResult<ProcedureMessage> read_steps(const hl7::Message& message, ProcedureMessage& out,
                                        const std::string& start) {
  RequestedProcedure& procedure = out.procedure;
  const bool v25 = is_v25(message.version());
  const std::size_t count = v25 ? message.count("IPC") : message.count("ORC");
  if (v25 && count == 0) return missing("IPC", 0, "imaging procedure control segment, one per SPS");
  for (std::size_t n = 1; n <= count; ++n) {
    if (v25) {
      const std::string ipc = at("IPC", n);
      if (message.get(ipc + "3.1").empty()) return missing("IPC", 3, "IPC-3 (Study Instance UID)");
      if (message.get(ipc + "4.1").empty()) return missing("IPC", 4, "IPC-4 (scheduled procedure step ID)");
    } else {
      if (message.find("ZDS", n) == nullptr) return missing("ZDS", 0, "study instance UID segment");
      if (message.get(at("OBR", n) + "20").empty()) return missing("OBR", 20, "OBR-20 (SPS ID)");
    }
    ScheduledProcedureStep step = v25 ? read_ipc(message, n) : read_legacy_step(message, n);
    const std::string step_start = v25 ? start : message.get(at("ORC", n) + "7.4");
    split_date_time(step_start, step.start_date, step.start_time);
    step.status = sps_status(out.action);
    procedure.steps.push_back(step);
  }
  procedure.accession_number = message.get(v25 ? "IPC-1.1" : "OBR-18");
  procedure.requested_procedure_id = message.get(v25 ? "IPC-2.1" : "OBR-19");
  procedure.study_instance_uid = message.get(v25 ? "IPC-3.1" : "ZDS-1.1");
  procedure.description = message.get("OBR-44.2");
  return out;
}

}  // namespace

OrderControlPair order_control_pair(ProcedureAction action) {
  return row(action).pair;
}

std::optional<ProcedureAction> procedure_action(std::string_view control, std::string_view status) {
  for (const auto& r : kActions)
    if (r.pair.control == control && r.pair.status == status) return r.action;
  return std::nullopt;
}

std::string_view procedure_transaction(ProcedureAction action) {
  return action == ProcedureAction::Scheduled ? "RAD-4" : "RAD-13";
}

SpsStatus sps_status(ProcedureAction action) {
  switch (action) {
    case ProcedureAction::Scheduled:
    case ProcedureAction::Changed:
      return SpsStatus::Scheduled;
    case ProcedureAction::Completed:
      return SpsStatus::Completed;
    case ProcedureAction::Cancelled:
    case ProcedureAction::Discontinued:
      return SpsStatus::Discontinued;
  }
  return SpsStatus::Scheduled;
}

std::string_view to_string(ProcedureAction action) {
  return row(action).name;
}

hl7::Message build_procedure(const ProcedureMessage& input, std::string_view version) {
  const RequestedProcedure& procedure = input.procedure;
  if (procedure.steps.empty())
    throw HarnessError(
        "requested procedure '" + procedure.requested_procedure_id +
        "' has no scheduled procedure step: RAD-4/RAD-13 need one IPC (or ZDS group) per step");
  if (!is_v25(version)) {
    hl7::Message message = header("ORM", "O01", "", version);
    order_group::add_patient_visit(message, input.patient, input.visit);
    for (std::size_t n = 0; n < procedure.steps.size(); ++n)
      write_legacy_group(message, n + 1, input, procedure.steps[n]);
    return message;
  }
  hl7::Message message = header("OMI", "O23", "OMI_O23", version);
  order_group::add_patient_visit(message, input.patient, input.visit);
  const ScheduledProcedureStep& first = procedure.steps.front();
  const OrderControlPair pair = order_control_pair(input.action);
  // TQ1-7 start date/time is R in RAD-4/13 v2.5.1 (digest 2.5); one ORC-TQ1-OBR group per OMI.
  order_group::add_orc(message, 1, pair.control, pair.status, procedure,
                       date_time(first.start_date, first.start_time), version);
  order_group::add_obr(message, 1, procedure, {});
  set_description(message, "OBR[1]-", procedure);
  for (std::size_t n = 0; n < procedure.steps.size(); ++n)
    write_ipc(message, n + 1, procedure, procedure.steps[n]);
  return message;
}

ReadResult<ProcedureMessage> read_procedure(const hl7::Message& message) {
  ProcedureMessage out;
  auto patient = read_patient(message);
  if (!patient) return patient.error();
  out.patient = patient.value();
  out.visit = read_visit(message);
  auto group = order_group::read_group(message, 1);
  if (!group) return group.error();
  const auto action = procedure_action(group.value().control, group.value().status);
  if (!action)
    return ReadError{"ORC", 5,
                     "ORC-1/ORC-5 '" + group.value().control + "/" + group.value().status +
                         "' is not a RAD-4/RAD-13 pair (NW/SC, CA/CA, DC/CA, XO/SC, XO/CM)"};
  out.action = *action;
  out.procedure = group.value().procedure;
  out.procedure.patient_id = out.patient.id;
  return read_steps(message, out, group.value().start);
}

hl7::Message build_procedure_response(const ProcedureMessage& answered, std::string_view order_control,
                                      std::string_view version) {
  hl7::Message response = build_procedure(answered, version);
  const bool v25 = is_v25(version);
  const hl7::Message head =
      v25 ? header("ORI", "O24", "ORI_O24", version) : header("ORR", "O02", "", version);
  response.set_er7("MSH-9", head.get_er7("MSH-9"));
  // Neither response structure has PV1; ZDS is the v2.3.1 RAD-4 extension of ORM only.
  std::erase_if(response.segments(), [](const hl7::Segment& s) { return s.id == "PV1" || s.id == "ZDS"; });
  for (std::size_t n = 1; n <= response.count("ORC"); ++n) response.set(at("ORC", n) + "1", order_control);
  return response;
}

}  // namespace ihe::actors
