#include "scenarios/exchanges/synthetic_order.h"

#include "actors/acquisition_modality/modality_tags.h"
#include "scenarios/exchanges/dimse_evidence.h"

namespace ihe::scenarios {

dicom::DicomDataset synthetic_worklist_item(const Step& step, actors::AcquisitionModality& modality) {
  namespace tags = actors::tags;
  auto& ids = modality.uids();
  const auto rp_id = ids.short_id('R');
  const auto now = actors::DateTime::now();
  dicom::DicomDataset sps;
  sps.set(tags::Modality, modality.config().station.modality)
      .set(tags::ScheduledStationAeTitle, modality.config().ae_title)
      .set(tags::SpsStartDate, now.date)
      .set(tags::SpsStartTime, now.time)
      .set(tags::SpsId, ids.short_id('S'))
      .set(tags::SpsDescription, "IHE harness scheduled step");
  dicom::DicomDataset item;
  item.set(tags::PatientName, param_or(step, "patient-name", "HARNESS^PATIENT"))
      .set(tags::PatientId, param_or(step, "patient-id", ids.short_id('H')))
      .set(tags::PatientBirthDate, "19700101")
      .set(tags::PatientSex, "O")
      .set(tags::AccessionNumber, param_or(step, "accession", ids.accession_number()))
      .set(tags::StudyInstanceUid, param_or(step, "study-uid", ids.uid()))
      .set(tags::RequestedProcedureId, rp_id)
      .set(tags::RequestedProcedureDescription, "IHE harness procedure")
      .set_sequence(tags::ScheduledProcedureStepSequence, {sps});
  return item;
}

}  // namespace ihe::scenarios
