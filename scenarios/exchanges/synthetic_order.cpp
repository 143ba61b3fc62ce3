#include "scenarios/exchanges/synthetic_order.h"

#include "actors/acquisition_modality/modality_tags.h"
#include "base/harness_error.h"
#include "scenarios/exchanges/dimse_evidence.h"

namespace ihe::scenarios {
namespace {

dicom::DicomDataset scheduled_step(actors::AcquisitionModality& modality) {
  namespace tags = actors::tags;
  const auto now = actors::DateTime::now();
  dicom::DicomDataset sps;
  sps.set(tags::Modality, modality.config().station.modality)
      .set(tags::ScheduledStationAeTitle, modality.config().ae_title)
      .set(tags::SpsStartDate, now.date)
      .set(tags::SpsStartTime, now.time)
      .set(tags::SpsId, modality.uids().short_id('S'))
      .set(tags::SpsDescription, "IHE harness scheduled step");
  return sps;
}

}  // namespace

std::vector<dicom::DicomDataset> synthetic_worklist_items(const Step& step,
                                                          actors::AcquisitionModality& modality) {
  namespace tags = actors::tags;
  auto& ids = modality.uids();
  const int procedures = int_param(step, "procedures", 1);
  if (procedures < 1) throw HarnessError(step.where + ": procedures must be 1 or more");
  const auto patient_name = param_or(step, "patient-name", "HARNESS^PATIENT");
  const auto patient_id = param_or(step, "patient-id", ids.short_id('H'));
  std::vector<dicom::DicomDataset> items;
  for (int n = 1; n <= procedures; ++n) {
    dicom::DicomDataset item;
    item.set(tags::PatientName, patient_name)
        .set(tags::PatientId, patient_id)
        .set(tags::PatientBirthDate, "19700101")
        .set(tags::PatientSex, "O")
        .set(tags::AccessionNumber,
             n == 1 ? param_or(step, "accession", ids.accession_number()) : ids.accession_number())
        .set(tags::StudyInstanceUid, n == 1 ? param_or(step, "study-uid", ids.uid()) : ids.uid())
        .set(tags::RequestedProcedureId, ids.short_id('R'))
        .set(tags::RequestedProcedureDescription, "IHE harness procedure " + std::to_string(n))
        .set_sequence(tags::ScheduledProcedureStepSequence, {scheduled_step(modality)});
    items.push_back(std::move(item));
  }
  return items;
}

}  // namespace ihe::scenarios
