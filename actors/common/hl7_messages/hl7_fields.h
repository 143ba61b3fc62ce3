#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "actors/common/hl7_messages/read_result.h"
#include "actors/common/hl7_messages/visit.h"
#include "actors/common/procedure_records.h"
#include "actors/hl7/message.h"

// Field-level helpers the builders and readers share (internal to ihe_hl7_messages, but plain functions
// so that the actors' own application responses use the same conventions).
namespace ihe::actors::hl7_fields {

// Whether `version` (MSH-12) is 2.5 or later: three-part MSH-9, TQ1/IPC instead of ORC-7/ZDS.
bool is_v25(std::string_view version);

// The current UTC time as an HL7 DTM (YYYYMMDDHHMMSS+0000).
std::string now();

// A message holding MSH-1/2, MSH-9 (with the structure in MSH-9.3 for v2.5 and later, HL7 v2.5.1 2.15.9.9)
// and MSH-12; the sender fills MSH-3..7, 10 and 11.
hl7::Message header(std::string_view type, std::string_view trigger, std::string_view structure,
                    std::string_view version);

// Writes `value` split at '^' into components 1..n of the node at `path` ("PV1-3", "ORC-2"). Components
// are encoded one by one, so a value never leaks a delimiter.
void set_components(hl7::Message& message, const std::string& path, std::string_view value);
// Components 1..last of the node, joined with '^', trailing empty ones dropped.
std::string get_components(const hl7::Message& message, const std::string& path, int last);

// A DICOM PN ("FAMILY^GIVEN^MIDDLE^PREFIX^SUFFIX") in an XPN starting at component `first` (1 for PID-5),
// prefix and suffix swapped into the XPN order.
void set_name(hl7::Message& message, const std::string& path, std::string_view person_name, int first);
std::string get_name(const hl7::Message& message, const std::string& path, int first);

// A DICOM PN in an XCN (ID^FAMILY^GIVEN...): the ID component stays empty.
void set_person(hl7::Message& message, const std::string& path, std::string_view person_name);
std::string get_person(const hl7::Message& message, const std::string& path);

// CE/CWE code^text^scheme <-> CodedEntry value, meaning, scheme.
void set_code(hl7::Message& message, const std::string& path, const CodedEntry& code);
CodedEntry get_code(const hl7::Message& message, const std::string& path);

// PID-3 (ID^^^AUTHORITY), 5, 7, 8 and, when not empty, PID-18 (account number) (RAD TF-2 4.1.4.1.2 PID).
void set_patient(hl7::Message& message, const Patient& patient, std::string_view account_number);
// PID-3.1 required; the rest as present. `account_number` receives PID-18.1 when not null.
ReadResult<Patient> read_patient(const hl7::Message& message, std::string* account_number = nullptr);

// PV1-2, 3, 7, 8, 19 (RAD TF-2 4.1.4.1.2 PV1); read_visit also takes PID-18.1 as the account number.
void set_visit(hl7::Message& message, const Visit& visit);
Visit read_visit(const hl7::Message& message);

// DA + TM <-> DTM (TQ1-7, ORC-7.4).
std::string date_time(const std::string& date, const std::string& time);
void split_date_time(const std::string& dtm, std::string& date, std::string& time);

// A ReadError naming a missing segment or field.
ReadError missing(std::string segment, std::size_t field, std::string_view what);

}  // namespace ihe::actors::hl7_fields
