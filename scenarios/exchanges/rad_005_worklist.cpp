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

// rename=NAME: the patient of the item published earlier is renamed on the worklist, as an ADT A08 at the
// Order Filler would (MESA 271); no new item.
StepOutcome rename(ExchangeContext& context, HarnessSide& side) {
  if (!side.worklist_item) throw HarnessError(context.step.where + ": rename needs an earlier send RAD-5");
  auto& store = side.actors().servers().order_filler().store();
  const auto id = side.worklist_item->string(dicom::Tag{0x0010, 0x0020}).value_or("");
  const auto name = param_or(context.step, "rename", "");
  for (auto patient : store.patients())
    if (patient.id == id) {
      patient.name = name;
      store.put_patient(patient);
    }
  side.worklist_item->set(dicom::Tag{0x0010, 0x0010}, name);
  context.evidence.add(reports::EvidenceKind::Note, "harness", "harness", "RAD-5",
                       "worklist patient " + id + " renamed " + name, side.worklist_item->to_text());
  StepOutcome outcome;
  outcome.values = {{"patient-id", id}, {"patient-name", name}};
  return outcome;
}

// steps=0: nothing is published (unscheduled case, MESA 201); the servers listen and the awaits follow the
// patient the operator is told to enter.
StepOutcome unscheduled(ExchangeContext& context, HarnessSide& side, const std::string& patient_id) {
  side.actors().servers().order_filler();
  side.unscheduled_patient_id = patient_id;
  side.inbox_next = side.actors().servers().inbox().size();
  context.evidence.add(reports::EvidenceKind::Note, "harness", "harness", "RAD-5",
                       "no worklist item published: unscheduled acquisition for " + patient_id, "");
  StepOutcome outcome;
  outcome.values = {{"patient-id", patient_id}};
  return outcome;
}

// protocol-items=N: the steps' Scheduled Protocol Code Sequences (0040,0008) hold N codes in all, the earlier
// steps one more when N does not divide evenly (MESA 214/104: two steps, three protocol items, 2 + 1).
void deal_protocol_items(const Step& step, std::vector<actors::ScheduledProcedureStep>& steps) {
  if (!step.params.contains("protocol-items")) return;
  const int total = int_param(step, "protocol-items", 1);
  const int count = static_cast<int>(steps.size());
  if (total < count)
    throw HarnessError(step.where + ": protocol-items=" + std::to_string(total) + " is fewer than the " +
                       std::to_string(count) + " scheduled steps (each needs at least one)");
  int next = 1;
  for (int i = 0; i < count; ++i) {
    auto& codes = steps[static_cast<std::size_t>(i)].protocol_codes;
    codes.clear();
    for (int n = 0; n < total / count + (i < total % count ? 1 : 0); ++n, ++next)
      codes.push_back(
          {"IHE-P" + std::to_string(next), "99IHE", "IHE harness protocol " + std::to_string(next)});
  }
}

StepOutcome schedule(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  if (context.step.params.contains("rename")) return rename(context, side);
  auto& servers = side.actors().servers();
  servers.image_manager();  // the SUT stores and commits there after the acquisition
  static actors::IdFactory ids;
  const auto entry = scheduled_entry(context, ids);
  if (int_param(context.step, "steps", 1) == 0) return unscheduled(context, side, entry.patient.id);
  auto procedure = entry.procedure;
  procedure.steps = {entry.step};
  // steps=N: one requested procedure with N scheduled steps (MESA 213, 221), one worklist item each.
  std::string sps_ids = entry.step.sps_id;
  for (int i = 1; i < int_param(context.step, "steps", 1); ++i) {
    auto another = entry.step;
    another.sps_id = ids.short_id('S');
    another.description = "IHE harness scheduled step " + std::to_string(i + 1);
    procedure.steps.push_back(another);
    sps_ids += " " + another.sps_id;
  }
  deal_protocol_items(context.step, procedure.steps);
  servers.order_filler().store().put_patient(entry.patient);
  servers.order_filler().store().put_requested_procedure(procedure);
  // procedures=N: N-1 more requested procedures of the patient, one step each (MESA 222: a group over two).
  for (int i = 1; i < int_param(context.step, "procedures", 1); ++i) {
    auto another = entry.procedure;
    another.requested_procedure_id = ids.short_id('R');
    another.accession_number = ids.accession_number();
    another.study_instance_uid = ids.uid();
    another.steps = {entry.step};
    another.steps[0].sps_id = ids.short_id('S');
    servers.order_filler().store().put_requested_procedure(another);
    sps_ids += " " + another.steps[0].sps_id;
  }
  side.worklist_item = actors::worklist_item({entry.patient, entry.procedure, procedure.steps.front()});
  side.inbox_next = servers.inbox().size();
  context.evidence.add(reports::EvidenceKind::Note, "harness", "harness", "RAD-5",
                       "worklist item published for " + entry.step.station_ae, side.worklist_item->to_text());
  StepOutcome outcome;
  outcome.values = {{"patient-id", entry.patient.id},
                    {"accession", entry.procedure.accession_number},
                    {"study-uid", entry.procedure.study_instance_uid},
                    {"rp-id", entry.procedure.requested_procedure_id},
                    {"sps-id", entry.step.sps_id},
                    {"sps-ids", sps_ids}};
  outcome.datasets["worklist"] = {*side.worklist_item};
  return outcome;
}

}  // namespace

void add_rad5_worklist(ExchangeRegistry& registry) {
  registry.add({StepKind::Send, "RAD-5",
                "publish a worklist item for the SUT's AE (patient-id, patient-name, accession, study-uid, "
                "modality=CT; steps=N scheduled steps; procedures=N requested procedures; rename=NAME "
                "renames the published patient; protocol-items=N protocol codes over the steps) on the "
                "harness's Order Filler",
                [] {
                  auto params = procedure_params("modality");
                  params.insert({"steps", "procedures", "rename", "protocol-items"});
                  return params;
                }(),
                false, schedule});
  registry.add({StepKind::Await,
                "RAD-5",
                "the SUT's worklist query at the harness's Order Filler",
                {},
                false,
                [](ExchangeContext& context) { return await_record(context, "RAD-5"); }});
}

}  // namespace ihe::scenarios
