#pragma once

#include <string>

#include "actors/dicom/dicom_dataset.h"
#include "actors/order_filler/procedure_store.h"
#include "actors/order_filler/seed_loader.h"
#include "tests/support/net_util.h"

// The Order Filler tests' fixed worklist (worklist-seed.xml) and MWL identifiers built the way a modality
// builds them.
namespace ihe::test {

inline std::filesystem::path worklist_seed_file() {
  return source_dir() / "tests/unit/order_filler/worklist-seed.xml";
}

inline void load_worklist_seed(actors::ProcedureStore& store) {
  actors::load_seed(worklist_seed_file(), store, "20261128");
}

// An MWL identifier with the usual return keys (empty: universal) and SPS item keys; `top` and `step` set
// matching keys by keyword, e.g. {{"PatientID", "PAT001"}} and {{"Modality", "CT"}}.
inline dicom::DicomDataset mwl_identifier(const std::vector<std::pair<std::string, std::string>>& top,
                                          const std::vector<std::pair<std::string, std::string>>& step) {
  dicom::DicomDataset item;
  for (const char* keyword : {"ScheduledStationAETitle", "ScheduledProcedureStepStartDate",
                              "ScheduledProcedureStepStartTime", "Modality", "ScheduledProcedureStepID",
                              "ScheduledProcedureStepDescription", "ScheduledProcedureStepStatus"})
    item.set(*dicom::Tag::parse(keyword), "");
  for (const auto& [keyword, value] : step) item.set(*dicom::Tag::parse(keyword), value);
  dicom::DicomDataset identifier;
  for (const char* keyword : {"PatientName", "PatientID", "AccessionNumber", "StudyInstanceUID",
                              "RequestedProcedureID", "RequestedProcedureDescription"})
    identifier.set(*dicom::Tag::parse(keyword), "");
  for (const auto& [keyword, value] : top) identifier.set(*dicom::Tag::parse(keyword), value);
  identifier.set_sequence(*dicom::Tag::parse("ScheduledProcedureStepSequence"), {item});
  return identifier;
}

inline std::string value_at(const dicom::DicomDataset& data, const std::string& path) {
  const auto* element = data.find_path(path);
  return element == nullptr ? "<absent>" : element->joined();
}

// The SPS IDs of a list of answers, in order.
inline std::vector<std::string> sps_ids(const std::vector<dicom::DicomDataset>& answers) {
  std::vector<std::string> ids;
  for (const auto& answer : answers)
    ids.push_back(value_at(answer, "ScheduledProcedureStepSequence[0]/ScheduledProcedureStepID"));
  return ids;
}

}  // namespace ihe::test
