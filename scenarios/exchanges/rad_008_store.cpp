// send RAD-8: the harness's modality acquires one series for the scenario's procedure and stores it in the
// SUT (RAD TF-2 4.8), one C-STORE per image on one association.
#include "actors/acquisition_modality/modality_tags.h"
#include "base/harness_error.h"
#include "scenarios/exchanges/dicom_exchanges.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"

namespace ihe::scenarios {
namespace {

StepOutcome store(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  auto& modality = side.actors().modality();
  auto& procedure = side.procedure(context.step);
  std::vector<dicom::DicomDataset> images;
  const auto series = modality.acquire(procedure, static_cast<int>(side.series.size()) + 1,
                                       int_param(context.step, "images", 2), images);
  const auto report = modality.store(images);
  StepOutcome outcome;
  if (!report.association.ok()) {
    outcome.unreachable = record_no_answer(context, report.association);
    return outcome;
  }
  int stored = 0;
  outcome.status = 0x0000;
  for (std::size_t i = 0; i < images.size() && i < report.images.size(); ++i) {
    const auto& result = report.images[i].result;
    record_dimse(context, true,
                 "C-STORE-RQ " + report.images[i].sop_instance_uid + " -> " + answer_text(result), images[i]);
    if (!result.ok()) {
      outcome.unreachable = record_no_answer(context, result);
      return outcome;
    }
    const auto kind = result.kind();
    if (kind == net::StatusKind::Success || kind == net::StatusKind::Warning) {
      ++stored;
      side.stored.push_back(
          {*images[i].string(actors::tags::SopClassUid), report.images[i].sop_instance_uid});
    } else if (*outcome.status == 0x0000) {
      outcome.status = result.status;  // the first refusal answers the step
    }
  }
  side.series.push_back(series);
  outcome.values = {
      {"images", std::to_string(images.size())},
      {"stored", std::to_string(stored)},
      {"total-stored", std::to_string(side.stored.size())},
      {"study-uid", procedure.study_uid},
      {"series-uid", series.series_uid},
      {"patient-id", procedure.patient.string(actors::tags::PatientId).value_or("")},
      {"accession", images.empty() ? "" : images[0].string(actors::tags::AccessionNumber).value_or("")},
      {"sop-instance-uid", images.empty() ? "" : report.images[0].sop_instance_uid}};
  outcome.values.merge(request_values(procedure));
  outcome.datasets["request"] = std::move(images);
  return outcome;
}

}  // namespace

void add_rad8_store(ExchangeRegistry& registry) {
  auto params = procedure_params("images");
  params.insert(kProcedureChoice);
  registry.add({StepKind::Send, "RAD-8",
                "acquire one series of N images (images=2) and C-STORE it; procedure=new|unscheduled starts "
                "another procedure",
                params, false, store});
}

}  // namespace ihe::scenarios
