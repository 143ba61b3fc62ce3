#pragma once

#include <string>

namespace ihe::actors {

// The visit a patient event belongs to: what PV1 carries (RAD TF-2 4.1.4.1.2 PV1) plus the account number
// of PID-18. Persons are DICOM PN text ("FAMILY^GIVEN"), written to components 2.. of an XCN.
struct Visit {
  std::string patient_class = "O";  // PV1-2, HL7 table 0004: E I O P R B C N U
  std::string location;             // PV1-3, PL "POINT OF CARE^ROOM^BED"
  std::string attending_doctor;     // PV1-7
  std::string referring_doctor;     // PV1-8 -> (0008,0090)
  std::string visit_number;         // PV1-19.1 -> Admission ID (0038,0010)
  std::string account_number;       // PID-18.1 (required by the SWF v2.3.1 MESA checks)
  bool operator==(const Visit&) const = default;
};

}  // namespace ihe::actors
