// RAD-14 Query Images (RAD TF-2 4.14): the Image Display's C-FIND to the Image Archive.
#include "actors/image_display/rad_014_query.h"

#include <fmt/core.h>

namespace ihe::actors {
namespace {

// "PatientID=PAT001 StudyInstanceUID=2.25.1": the keys that restrict the match, for the record.
std::string matching_keys(const ImageQuery& query) {
  std::string text;
  for (const auto& [tag, element] : query.keys.elements()) {
    if (element.is_empty()) continue;
    const auto* entry = dicom::lookup(tag);
    text += fmt::format(" {}={}", entry != nullptr ? std::string(entry->keyword) : tag.to_string(),
                        element.joined());
  }
  return text.empty() ? " (all)" : text;
}

}  // namespace

net::FindResult query_images(const ArchiveLink& link, const ImageQuery& query, TransactionLog& log) {
  const bool patient_root = query.level == QueryLevel::Patient;
  const dicom::DicomDataset identifier = rad14_identifier(query);
  net::DicomAssociation association(
      link.association(patient_root ? net::contexts::patient_root_find() : net::contexts::study_root_find()));
  net::FindResult result;
  if (const net::DicomOutcome opened = association.open(); !opened.ok()) {
    result.error = opened.error;
    result.detail = opened.detail;
  } else {
    result = association.find(
        patient_root ? net::sop_class::kPatientRootFind : net::sop_class::kStudyRootFind, identifier);
  }
  log.publish({.transaction = "RAD-14",
               .peer = link.archive.to_string(),
               .summary = fmt::format("C-FIND {} {}{}", patient_root ? "Patient Root" : "Study Root",
                                      to_string(query.level), matching_keys(query)),
               .outcome = result.ok()
                              ? fmt::format("{} matches, {}", result.matches.size(), result.status_text())
                              : result.detail});
  return result;
}

}  // namespace ihe::actors
