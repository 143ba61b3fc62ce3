#pragma once

#include "actors/acquisition_modality/modality_tags.h"
#include "actors/dicom/dicom_dataset.h"

// The copy rules' two verbs (RAD TF-2 Appendix A): copy what the worklist item has, and for a type 2
// target attribute write it zero-length when the item has nothing (PS3.5 7.4).
namespace ihe::actors {

inline void copy_if_present(dicom::DicomDataset& to, const dicom::DicomDataset& from, dicom::Tag tag) {
  if (const auto* element = from.find(tag)) to.insert(*element);
}

inline void copy_or_empty(dicom::DicomDataset& to, const dicom::DicomDataset& from, dicom::Tag tag) {
  if (const auto* element = from.find(tag))
    to.insert(*element);
  else
    to.set(tag, "");
}

// The Scheduled Procedure Step of a worklist item: K.6-1 gives each item exactly one.
inline const dicom::DicomDataset& scheduled_procedure_step(const dicom::DicomDataset& mwl_item) {
  static const dicom::DicomDataset kNone;
  const auto& items = mwl_item.items(tags::ScheduledProcedureStepSequence);
  return items.empty() ? kNone : items.front();
}

}  // namespace ihe::actors
