#pragma once

#include <string>
#include <string_view>

namespace ihe::validation {

// Whether `value` has the form of HL7 data type `type` (HL7 v2.5.1 2.A): TS/DTM
// YYYY[MM[DD[HH[MM[SS[.S[S[S[S]]]]]]]]][+/-ZZZZ], DT YYYY[MM[DD]], NM an optional sign, digits and one
// point, SI digits, and UID (a DICOM UID carried in EI.1, PS3.5 9.1). Other types are not checked here
// and pass. Returns an empty view when the value fits, else what the form should be (a literal: nothing is
// built for a value that fits, and this runs for every typed field of every message).
std::string_view hl7_format_problem(std::string_view type, std::string_view value);

// PS3.5 9.1: components of digits separated by dots, no leading zero in a component, at most 64 characters.
bool is_dicom_uid(std::string_view text);

}  // namespace ihe::validation
