#pragma once

// Building query identifiers by keyword in the tests.
#include <initializer_list>
#include <string_view>
#include <utility>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::test {

inline dicom::Tag tag(std::string_view keyword) { return dicom::Tag::parse(keyword).value(); }

// {"QueryRetrieveLevel", "STUDY"}, {"StudyInstanceUID", ""} ...: an empty value asks for the attribute
// (universal matching, PS3.4 C.2.2.2.3).
inline dicom::DicomDataset keys(std::initializer_list<std::pair<std::string_view, std::string_view>> pairs) {
  dicom::DicomDataset identifier;
  for (const auto& [keyword, value] : pairs) identifier.set(tag(keyword), value);
  return identifier;
}

// A top-level value with DICOM padding (trailing spaces, a trailing NUL in UIDs) removed.
inline std::string value_of(const dicom::DicomDataset& dataset, std::string_view keyword) {
  std::string value = dataset.string(tag(keyword)).value_or("<absent>");
  while (!value.empty() && (value.back() == ' ' || value.back() == '\0')) value.pop_back();
  return value;
}

}  // namespace ihe::test
