// send RAD-6 / send RAD-7: the harness's modality reports the scenario's procedure step to the SUT as PPS
// Manager: N-CREATE IN PROGRESS, then N-SET COMPLETED or DISCONTINUED (PS3.4 F.7.2, RAD TF-2 4.6/4.7).
#include "actors/acquisition_modality/mpps_builder.h"
#include "base/harness_error.h"
#include "scenarios/exchanges/dicom_exchanges.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"

namespace ihe::scenarios {
namespace {

StepOutcome answered(ExchangeContext& context, const net::NResult& result, const std::string& request_line,
                     const dicom::DicomDataset& request, const actors::PerformedProcedureStep& procedure) {
  StepOutcome outcome;
  record_dimse(context, true, request_line + " " + procedure.sop_instance_uid + " -> " + answer_text(result),
               request);
  if (!result.ok()) {
    outcome.unreachable = record_no_answer(context, result);
    return outcome;
  }
  if (result.dataset) record_dimse(context, false, "response data set", *result.dataset);
  outcome.status = result.status;
  outcome.values = {{"mpps-uid", procedure.sop_instance_uid},
                    {"pps-id", procedure.pps_id},
                    {"study-uid", procedure.study_uid}};
  outcome.values.merge(request_values(procedure));
  outcome.datasets["request"] = {request};
  return outcome;
}

StepOutcome in_progress(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  const auto& procedure = side.procedure(context.step);
  const auto result = side.actors().modality().report_in_progress(procedure);
  return answered(context, result, "N-CREATE-RQ MPPS IN PROGRESS",
                  actors::mpps_in_progress(procedure, actors::FaultSwitches{}), procedure);
}

StepOutcome final_state(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  const auto& procedure = side.procedure(context.step);
  const auto status_text = param_or(context.step, "status", "COMPLETED");
  if (status_text != "COMPLETED" && status_text != "DISCONTINUED")
    throw HarnessError(context.step.where + ": status must be COMPLETED or DISCONTINUED");
  const auto status =
      status_text == "COMPLETED" ? actors::PpsFinalStatus::Completed : actors::PpsFinalStatus::Discontinued;
  // reason="110514": a Discontinuation Reason Code (PS3.16 CID 9300, scheme DCM; digest 3.2).
  std::optional<actors::Code> reason;
  if (const auto code = param_or(context.step, "reason", ""); !code.empty()) {
    if (status != actors::PpsFinalStatus::Discontinued)
      throw HarnessError(context.step.where + ": reason goes with status=DISCONTINUED only");
    reason =
        code == "110514" ? actors::incorrect_worklist_entry() : actors::Code{code, "DCM", "reason " + code};
  }
  // images="N": a series of N images acquired but not stored, for a PPS Manager SUT (an Order Filler) that
  // sees only the MPPS; a final N-SET needs a Performed Series Sequence item (PS3.4 F.7.2-1 note 2).
  if (const auto images = int_param(context.step, "images", 0); images > 0) {
    std::vector<dicom::DicomDataset> unstored;
    side.series.push_back(side.actors().modality().acquire(
        procedure, static_cast<int>(side.series.size()) + 1, images, unstored));
  }
  const auto result = side.actors().modality().report_final(procedure, status, side.series, reason);
  // The data set as our modality builds it (its End Time may differ from the one sent by a second).
  const auto request =
      actors::mpps_final(status, actors::DateTime::now(), side.series, reason, actors::FaultSwitches{});
  return answered(context, result, "N-SET-RQ MPPS " + status_text, request, procedure);
}

}  // namespace

void add_rad6_rad7_mpps(ExchangeRegistry& registry) {
  registry.add({StepKind::Send, "RAD-6",
                "N-CREATE the procedure's MPPS IN PROGRESS (procedure=unscheduled: no SPS)",
                procedure_params(kProcedureChoice), false, in_progress});
  registry.add(
      {StepKind::Send, "RAD-7",
       "N-SET the MPPS to status=COMPLETED (default) or DISCONTINUED (reason=CODE, CID 9300), listing "
       "the series stored so far (images=N: plus one series of N images acquired, not stored)",
       [] {
         auto params = procedure_params("status");
         params.insert("reason");
         params.insert("images");
         return params;
       }(),
       false, final_state});
}

}  // namespace ihe::scenarios
