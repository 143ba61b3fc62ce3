#include "actors/common/hl7_messages/hl7_fields.h"

#include <fmt/chrono.h>

#include <array>
#include <ctime>
#include <vector>

#include "actors/hl7/ack.h"

namespace ihe::actors::hl7_fields {
namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  for (std::size_t start = 0;;) {
    const std::size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string_view::npos ? end : end - start));
    if (end == std::string_view::npos) return parts;
    start = end + 1;
  }
}

// Components joined with '^', trailing empty ones dropped.
std::string join_trimmed(std::vector<std::string> parts) {
  while (!parts.empty() && parts.back().empty()) parts.pop_back();
  std::string joined;
  for (std::size_t i = 0; i < parts.size(); ++i) joined += (i == 0 ? "" : "^") + parts[i];
  return joined;
}

}  // namespace

bool is_v25(std::string_view version) {
  return hl7::has_v25_acknowledgements(version);
}

std::string now() {
  return fmt::format("{:%Y%m%d%H%M%S}+0000", fmt::gmtime(std::time(nullptr)));
}

hl7::Message header(std::string_view type, std::string_view trigger, std::string_view structure,
                    std::string_view version) {
  hl7::Message message = hl7::Message::with_header();
  message.set("MSH-9.1", type);
  message.set("MSH-9.2", trigger);
  // HL7 v2.3.1 MSH-9 has two components (RAD TF-2 2.4 for SWF); the structure id came with v2.5.
  if (is_v25(version)) message.set("MSH-9.3", structure);
  message.set("MSH-11", "P");
  message.set("MSH-12", version);
  return message;
}

void set_components(hl7::Message& message, const std::string& path, std::string_view value) {
  const auto parts = split(value, '^');
  for (std::size_t i = 0; i < parts.size(); ++i)
    if (!parts[i].empty() || i == 0) message.set(path + "." + std::to_string(i + 1), parts[i]);
}

std::string get_components(const hl7::Message& message, const std::string& path, int last) {
  std::vector<std::string> parts;
  for (int c = 1; c <= last; ++c) parts.push_back(message.get(path + "." + std::to_string(c)));
  return join_trimmed(parts);
}

// DICOM PN component groups are FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX (PS3.5 6.2.1); HL7 XPN and XCN (from
// their component `first`) are FAMILY^GIVEN^MIDDLE^SUFFIX^PREFIX (HL7 v2.5.1 2.A.88, 2.A.89).
constexpr std::array<int, 5> kXpnOfPn{0, 1, 2, 4, 3};

void set_name(hl7::Message& message, const std::string& path, std::string_view person_name, int first) {
  const auto parts = split(person_name, '^');
  for (std::size_t i = 0; i < parts.size() && i < kXpnOfPn.size(); ++i)
    if (!parts[i].empty() || i == 0) message.set(path + "." + std::to_string(first + kXpnOfPn[i]), parts[i]);
}

std::string get_name(const hl7::Message& message, const std::string& path, int first) {
  std::vector<std::string> parts;
  for (int xpn : kXpnOfPn) parts.push_back(message.get(path + "." + std::to_string(first + xpn)));
  return join_trimmed(parts);
}

void set_person(hl7::Message& message, const std::string& path, std::string_view person_name) {
  if (!person_name.empty()) set_name(message, path, person_name, 2);
}

std::string get_person(const hl7::Message& message, const std::string& path) {
  return get_name(message, path, 2);
}

void set_code(hl7::Message& message, const std::string& path, const CodedEntry& code) {
  message.set(path + ".1", code.value);
  if (!code.meaning.empty()) message.set(path + ".2", code.meaning);
  if (!code.scheme.empty()) message.set(path + ".3", code.scheme);
}

CodedEntry get_code(const hl7::Message& message, const std::string& path) {
  return {message.get(path + ".1"), message.get(path + ".3"), message.get(path + ".2")};
}

void set_patient(hl7::Message& message, const Patient& patient, std::string_view account_number) {
  message.set("PID-3.1", patient.id);
  // PID-3.4 assigning authority on every identifier (ITI PAM convention, digest 2.3).
  if (!patient.issuer.empty()) message.set("PID-3.4.1", patient.issuer);
  set_name(message, "PID-5", patient.name, 1);
  if (!patient.birth_date.empty()) message.set("PID-7", patient.birth_date);
  message.set("PID-8", patient.sex);
  if (!account_number.empty()) message.set("PID-18.1", account_number);
}

ReadResult<Patient> read_patient(const hl7::Message& message, std::string* account_number) {
  if (message.find("PID") == nullptr) return missing("PID", 0, "patient identification segment");
  Patient patient;
  patient.id = message.get("PID-3.1");
  if (patient.id.empty()) return missing("PID", 3, "PID-3.1 (patient ID)");
  patient.issuer = message.get("PID-3.4.1");
  patient.name = get_name(message, "PID-5", 1);
  patient.birth_date = message.get("PID-7.1");
  patient.sex = message.get("PID-8");
  if (account_number != nullptr) *account_number = message.get("PID-18.1");
  return patient;
}

void set_visit(hl7::Message& message, const Visit& visit) {
  message.set("PV1-2", visit.patient_class);
  set_components(message, "PV1-3", visit.location);
  set_person(message, "PV1-7", visit.attending_doctor);
  set_person(message, "PV1-8", visit.referring_doctor);
  if (!visit.visit_number.empty()) message.set("PV1-19.1", visit.visit_number);
}

Visit read_visit(const hl7::Message& message) {
  Visit visit;
  visit.patient_class = message.get("PV1-2");
  visit.location = get_components(message, "PV1-3", 4);
  visit.attending_doctor = get_person(message, "PV1-7");
  visit.referring_doctor = get_person(message, "PV1-8");
  visit.visit_number = message.get("PV1-19.1");
  visit.account_number = message.get("PID-18.1");
  return visit;
}

std::string date_time(const std::string& date, const std::string& time) {
  return date + time;
}

void split_date_time(const std::string& dtm, std::string& date, std::string& time) {
  date = dtm.substr(0, std::min<std::size_t>(8, dtm.size()));
  time = dtm.size() > 8 ? dtm.substr(8) : std::string();
}

ReadError missing(std::string segment, std::size_t field, std::string_view what) {
  std::string description =
      field == 0 ? "no " + segment + " segment (" + std::string(what) + ")" : std::string(what) + " is empty";
  return ReadError{std::move(segment), field, std::move(description)};
}

}  // namespace ihe::actors::hl7_fields
