#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

// The workflow records every actor that schedules or performs imaging shares: a patient, a requested
// procedure and its scheduled procedure steps, with their DICOM attributes named. The Order Filler keeps
// them in its ProcedureStore; HL7 builders and readers (RAD-2/3/4/13) turn them into messages and back.
namespace ihe::actors {

// A coded entry (PS3.3 8.8): Code Value (0008,0100), Coding Scheme Designator (0008,0102), Code Meaning
// (0008,0104).
struct CodedEntry {
  std::string value;
  std::string scheme;
  std::string meaning;
  bool operator==(const CodedEntry&) const = default;
};

struct Patient {
  std::string id;          // (0010,0020)
  std::string issuer;      // (0010,0021)
  std::string name;        // (0010,0010), PN "FAMILY^GIVEN"
  std::string birth_date;  // (0010,0030), DA
  std::string sex;         // (0010,0040), M/F/O
  bool operator==(const Patient&) const = default;
};

// Scheduled Procedure Step Status (0040,0020), PS3.3 C.4.10 defined terms. An MPPS moves it: IN PROGRESS ->
// STARTED, COMPLETED -> COMPLETED, DISCONTINUED -> DISCONTINUED (spec digest 3.2, as archives do).
enum class SpsStatus { Scheduled, Arrived, Ready, Started, Discontinued, Completed };
std::string_view to_string(SpsStatus status);
std::optional<SpsStatus> parse_sps_status(std::string_view text);

struct ScheduledProcedureStep {
  std::string sps_id;                       // (0040,0009)
  std::string station_ae;                   // (0040,0001)
  std::string station_name;                 // (0040,0010)
  std::string location;                     // (0040,0011)
  std::string start_date;                   // (0040,0002), DA
  std::string start_time;                   // (0040,0003), TM
  std::string modality;                     // (0008,0060)
  std::string performing_physician;         // (0040,0006)
  std::string description;                  // (0040,0007)
  std::vector<CodedEntry> protocol_codes;   // (0040,0008)
  SpsStatus status = SpsStatus::Scheduled;  // (0040,0020)
  bool operator==(const ScheduledProcedureStep&) const = default;
};

struct RequestedProcedure {
  std::string patient_id;              // the Patient it was ordered for
  std::string requested_procedure_id;  // (0040,1001)
  std::string accession_number;        // (0008,0050)
  std::string study_instance_uid;      // (0020,000D)
  std::string description;             // (0032,1060)
  std::vector<CodedEntry> codes;       // (0032,1064)
  std::string referring_physician;     // (0008,0090)
  std::string requesting_physician;    // (0032,1032)
  std::string placer_order_number;     // ORC-2 / OBR-2 (EI "number^namespace"), (0040,2016)
  std::string filler_order_number;     // ORC-3 / OBR-3, (0040,2017)
  std::string priority;                // TQ1-9 (2.5.1) or ORC-7.6 (2.3.1): S, A, R, P, C, T
  std::vector<ScheduledProcedureStep> steps;
  bool operator==(const RequestedProcedure&) const = default;
};

}  // namespace ihe::actors
