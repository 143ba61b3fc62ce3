#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "actors/dicom/dicom_dataset.h"

// Range matching of PS3.4 C.2.2.2.5 on DA, TM and DT values, by comparing canonical, zero-padded forms.
namespace ihe::actors::detail {

// Canonical comparable text: DA "YYYYMMDD" (the ACR-NEMA "YYYY.MM.DD" accepted), TM "HHMMSS.FFFFFF" (the
// old "HH:MM:SS" accepted), DT date + time without the UTC offset. `upper` pads a lower-precision bound to
// the end of its period ("1030" as an upper time bound is 10:30:59.999999), as C.2.2.2.5 reads a bound as
// the whole period it names. nullopt when `value` is no value of that VR.
std::optional<std::string> canonical_date_time(dicom::Vr vr, std::string_view value, bool upper);

// `key` contains '-' and so is a range (DT ranges are told apart from a UTC offset by the form).
bool is_range(dicom::Vr vr, std::string_view key);
bool range_matches(dicom::Vr vr, std::string_view key, std::string_view candidate);

// C.2.2.2.5.1: Date key + Time key on one date + time candidate, as one period.
bool combined_range_matches(std::string_view date_key, std::string_view time_key,
                            std::string_view candidate_date, std::string_view candidate_time);

}  // namespace ihe::actors::detail
