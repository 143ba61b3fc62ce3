// Against an Acquisition Modality SUT, the harness is the Order Filler: `send RAD-5` publishes one
// scheduled procedure step for the SUT's station AE on its Modality Worklist (what RAD-4 would have
// announced), `await RAD-5` waits for the SUT's worklist query (RAD TF-2 4.5).
#include "actors/order_filler/worklist_item.h"
#include "base/harness_error.h"
#include "scenarios/exchanges/dicom_exchanges.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"
#include "scenarios/exchanges/modality_awaits.h"

namespace ihe::scenarios {
namespace {

actors::WorklistEntry scheduled_entry(ExchangeContext& context, actors::IdFactory& ids) {
  const auto& step = context.step;
  const auto now = actors::DateTime::now();
  actors::WorklistEntry entry;
  entry.patient = {param_or(step, "patient-id", ids.short_id('H')), "",
                   param_or(step, "patient-name", "HARNESS^PATIENT"), "19700101", "O"};
  auto& rp = entry.procedure;
  rp.patient_id = entry.patient.id;
  rp.requested_procedure_id = ids.short_id('R');
  rp.accession_number = param_or(step, "accession", ids.accession_number());
  rp.study_instance_uid = param_or(step, "study-uid", ids.uid());
  rp.description = "IHE harness procedure";
  rp.codes = {{"IHE-H1", "99IHE", "IHE harness procedure"}};
  entry.step.sps_id = ids.short_id('S');
  entry.step.station_ae = context.target.dicom.ae_title;
  entry.step.start_date = now.date;
  entry.step.start_time = now.time;
  entry.step.modality = param_or(step, "modality", "CT");
  entry.step.description = "IHE harness scheduled step";
  entry.step.protocol_codes = {{"IHE-P1", "99IHE", "IHE harness protocol"}};
  return entry;
}

StepOutcome schedule(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  auto& servers = side.actors().servers();
  servers.image_manager();  // the SUT stores and commits there after the acquisition
  static actors::IdFactory ids;
  const auto entry = scheduled_entry(context, ids);
  auto procedure = entry.procedure;
  procedure.steps = {entry.step};
  servers.order_filler().store().put_patient(entry.patient);
  servers.order_filler().store().put_requested_procedure(procedure);
  side.worklist_item = actors::worklist_item(entry);
  side.inbox_next = servers.inbox().size();
  context.evidence.add(reports::EvidenceKind::Note, "harness", "harness", "RAD-5",
                       "worklist item published for " + entry.step.station_ae, side.worklist_item->to_text());
  StepOutcome outcome;
  outcome.values = {{"patient-id", entry.patient.id},
                    {"accession", entry.procedure.accession_number},
                    {"study-uid", entry.procedure.study_instance_uid},
                    {"rp-id", entry.procedure.requested_procedure_id},
                    {"sps-id", entry.step.sps_id}};
  outcome.datasets["worklist"] = {*side.worklist_item};
  return outcome;
}

}  // namespace

void add_rad5_worklist(ExchangeRegistry& registry) {
  registry.add({StepKind::Send, "RAD-5",
                "publish a worklist item for the SUT's AE (patient-id, patient-name, accession, study-uid, "
                "modality=CT) on the harness's Order Filler",
                procedure_params("modality"), false, schedule});
  registry.add({StepKind::Await,
                "RAD-5",
                "the SUT's worklist query at the harness's Order Filler",
                {},
                false,
                [](ExchangeContext& context) { return await_record(context, "RAD-5"); }});
}

}  // namespace ihe::scenarios
