#include "actors/order_filler/seed_loader.h"

#include <algorithm>
#include <cctype>
#include <ctime>

#include "actors/common/endpoint.h"
#include "base/harness_error.h"
#include "base/xml/xml_file.h"

namespace ihe::actors {
namespace {

using xml::XmlNode;

bool all_digits(std::string_view text) {
  return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isdigit(c) != 0; });
}

// PS3.5 6.2 DA: YYYYMMDD.
std::string date_attribute(const XmlNode& node, std::string_view name, const std::string& today,
                           bool required) {
  std::string value = required ? node.required_attribute(name) : node.attribute_or(name, "");
  if (value == "today") return today;
  if (!value.empty() && (value.size() != 8 || !all_digits(value)))
    node.fail("attribute '" + std::string(name) + "' must be a date YYYYMMDD (or 'today'), got '" + value +
              "'");
  return value;
}

// PS3.5 6.2 TM: HH, HHMM or HHMMSS (fractions are not needed for scheduling).
std::string time_attribute(const XmlNode& node, std::string_view name) {
  std::string value = node.attribute_or(name, "");
  if (!value.empty() && ((value.size() != 2 && value.size() != 4 && value.size() != 6) || !all_digits(value)))
    node.fail("attribute '" + std::string(name) + "' must be a time HH, HHMM or HHMMSS, got '" + value + "'");
  return value;
}

// PS3.5 9.1: components of digits separated by dots, none empty or with a leading zero, at most 64
// characters.
bool is_uid(std::string_view text) {
  if (text.empty() || text.size() > 64) return false;
  for (std::size_t start = 0;;) {
    const auto dot = std::min(text.find('.', start), text.size());
    const auto component = text.substr(start, dot - start);
    if (component.empty() || !all_digits(component) || (component.size() > 1 && component[0] == '0'))
      return false;
    if (dot == text.size()) return true;
    start = dot + 1;
  }
}

std::string uid_attribute(const XmlNode& node, std::string_view name) {
  std::string value = node.required_attribute(name);
  if (!is_uid(value))
    node.fail("attribute '" + std::string(name) + "' is no UID (PS3.5 9.1): '" + value + "'");
  return value;
}

std::vector<CodedEntry> codes(const XmlNode& parent, std::string_view element) {
  std::vector<CodedEntry> result;
  for (const auto& code : parent.children(element)) {
    code.allow_only({"value", "scheme", "meaning"}, {});
    result.push_back({code.required_attribute("value"), code.required_attribute("scheme"),
                      code.required_attribute("meaning")});
  }
  return result;
}

ScheduledProcedureStep step_from(const XmlNode& node, const std::string& today) {
  node.allow_only({"id", "station-ae", "station-name", "location", "start-date", "start-time", "modality",
                   "performing-physician", "description", "status"},
                  {"protocol-code"});
  ScheduledProcedureStep step;
  step.sps_id = node.required_attribute("id");
  step.station_ae = node.required_attribute("station-ae");
  if (const auto problem = ae_title_problem(step.station_ae); !problem.empty())
    node.fail("attribute 'station-ae': " + problem);
  step.station_name = node.attribute_or("station-name", "");
  step.location = node.attribute_or("location", "");
  step.start_date = date_attribute(node, "start-date", today, true);
  step.start_time = time_attribute(node, "start-time");
  step.modality = node.required_attribute("modality");
  step.performing_physician = node.attribute_or("performing-physician", "");
  step.description = node.attribute_or("description", "");
  step.protocol_codes = codes(node, "protocol-code");
  const auto status = node.attribute_or("status", "SCHEDULED");
  const auto parsed = parse_sps_status(status);
  if (!parsed)
    node.fail(
        "attribute 'status' must be SCHEDULED, ARRIVED, READY, STARTED, DISCONTINUED or COMPLETED, got '" +
        status + "'");
  step.status = *parsed;
  return step;
}

RequestedProcedure procedure_from(const XmlNode& node, const std::string& patient_id,
                                  const std::string& today) {
  node.allow_only(
      {"id", "accession", "study-uid", "description", "referring-physician", "requesting-physician"},
      {"code", "scheduled-step"});
  RequestedProcedure procedure;
  procedure.patient_id = patient_id;
  procedure.requested_procedure_id = node.required_attribute("id");
  procedure.accession_number = node.required_attribute("accession");
  procedure.study_instance_uid = uid_attribute(node, "study-uid");
  procedure.description = node.attribute_or("description", "");
  procedure.referring_physician = node.attribute_or("referring-physician", "");
  procedure.requesting_physician = node.attribute_or("requesting-physician", "");
  procedure.codes = codes(node, "code");
  for (const auto& step : node.children("scheduled-step")) procedure.steps.push_back(step_from(step, today));
  if (procedure.steps.empty()) node.fail("<requested-procedure> needs at least one <scheduled-step>");
  return procedure;
}

Patient patient_from(const XmlNode& node) {
  node.allow_only({"id", "issuer", "name", "birth-date", "sex"}, {"requested-procedure"});
  Patient patient{node.required_attribute("id"), node.attribute_or("issuer", ""),
                  node.required_attribute("name"), date_attribute(node, "birth-date", "", false),
                  node.attribute_or("sex", "")};
  if (!patient.sex.empty() && patient.sex != "M" && patient.sex != "F" && patient.sex != "O")
    node.fail("attribute 'sex' must be M, F or O (PS3.3 C.7.1.1), got '" + patient.sex + "'");
  return patient;
}

}  // namespace

void load_seed(const std::filesystem::path& file, ProcedureStore& store, const std::string& today) {
  const auto document = xml::XmlFile::load(file);
  const auto root = document.root("order-filler-seed");
  root.allow_only({}, {"patient"});
  for (const auto& patient_node : root.children("patient")) {
    const Patient patient = patient_from(patient_node);
    store.put_patient(patient);
    for (const auto& procedure_node : patient_node.children("requested-procedure")) {
      const auto procedure = procedure_from(procedure_node, patient.id, today);
      try {
        store.put_requested_procedure(procedure);
      } catch (const HarnessError& error) {
        procedure_node.fail(error.what());
      }
    }
  }
}

std::string today_as_da() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char text[9];
  std::strftime(text, sizeof text, "%Y%m%d", &local);
  return text;
}

}  // namespace ihe::actors
