#include "app/modality_operator.h"

#include <fmt/core.h>

namespace ihe::app {
namespace {

using actors::AcquisitionModality;
using actors::WorkflowOutcome;
using scenarios::OperatorAnswer;
using scenarios::OperatorRequest;

std::string parameter(const OperatorRequest& request, const std::string& name, std::string fallback = {}) {
  const auto found = request.parameters.find(name);
  return found == request.parameters.end() ? fallback : found->second;
}

std::string said(const WorkflowOutcome& outcome) {
  const auto status = [](const std::optional<net::NResult>& r) {
    return r ? fmt::format("{:#06x}", r->status) : std::string("not sent");
  };
  return fmt::format("PPS {} (N-CREATE {}, final N-SET {}, {} image(s) sent{})",
                     outcome.step ? outcome.step->pps_id : "?", status(outcome.in_progress),
                     status(outcome.completed), outcome.stored.images.size(),
                     outcome.stored.all_stored() ? "" : ", not all stored");
}

OperatorAnswer performed(const std::vector<WorkflowOutcome>& outcomes) {
  std::string text;
  for (const auto& outcome : outcomes) text += (text.empty() ? "" : "; ") + said(outcome);
  return {true, "our modality performed " + text};
}

// MESA 201: no worklist; the demographics are what the operator types in.
OperatorAnswer perform_unscheduled(AcquisitionModality& modality, const OperatorRequest& request) {
  dicom::DicomDataset patient;
  patient.set(dicom::Tag{0x0010, 0x0010}, parameter(request, "patient-name", "UNSCHEDULED^PATIENT"));
  patient.set(dicom::Tag{0x0010, 0x0020}, parameter(request, "patient-id"));
  return performed({modality.perform(modality.begin_unscheduled_step(std::move(patient)))});
}

// The scheduled actions: the worklist items of the patient (and accession) the prompt names.
OperatorAnswer perform_scheduled(AcquisitionModality& modality, const OperatorRequest& request) {
  const auto items = modality.worklist_for(parameter(request, "patient-id"), parameter(request, "accession"));
  if (request.action == "query-worklist")
    return {!items.empty(), fmt::format("our modality found {} worklist item(s)", items.size())};
  if (items.empty()) return {false, "our modality found no worklist item for the patient"};
  if (request.action == "group")  // MESA 221: one step for every SPS
    return performed({modality.perform(modality.begin_step(items))});
  if (request.action == "discontinue") {  // MESA 241/242
    const auto code = parameter(request, "reason");
    const auto reason = actors::discontinuation_reason(code);
    if (!code.empty() && !reason) return {false, "our modality knows no CID 9300 reason " + code};
    return performed({modality.perform(modality.begin_step({items.front()}),
                                       actors::PpsFinalStatus::Discontinued, reason)});
  }
  if (request.action == "perform-other") {  // MESA 215: the scheduled step, another protocol performed
    auto step = modality.begin_step({items.front()});
    step.performed_protocols = {
        actors::Code{parameter(request, "protocol"), "99IHE", "Protocol performed instead"}.item()};
    return performed({modality.perform(step)});
  }
  if (request.action == "append") {  // MESA 231: a second step after the first was completed
    const auto first = modality.begin_step({items.front()});
    auto done = modality.perform(first);
    return performed({done, modality.perform(modality.begin_append(first), actors::PpsFinalStatus::Completed,
                                             std::nullopt, 2)});
  }
  std::vector<WorkflowOutcome> outcomes;  // MESA 211, 213: each SPS in a step of its own
  for (const auto& item : items) outcomes.push_back(modality.perform(modality.begin_step({item})));
  return performed(outcomes);
}

}  // namespace

scenarios::OperatorFn modality_operator(AcquisitionModality& modality, const std::atomic<bool>& interrupted) {
  return [&modality, &interrupted](const OperatorRequest& request) -> OperatorAnswer {
    if (interrupted) return {false, "interrupted"};
    const auto& action = request.action;
    // A prompt naming no patient: what the modality's own workflow setting says (broad query).
    if (!request.parameters.contains("patient-id")) {
      if (!action.empty() && action != "perform-scheduled")
        return {false, "our modality needs the patient-id to " + action};
      const auto outcome = modality.run_scheduled_workflow();
      if (!outcome.step) return {false, "our modality found no step"};
      return performed({outcome});
    }
    if (action == "perform-unscheduled") return perform_unscheduled(modality, request);
    if (action.empty() || action == "perform-scheduled" || action == "group" || action == "discontinue" ||
        action == "append" || action == "query-worklist" || action == "perform-other")
      return perform_scheduled(modality, request);
    return {false, "our modality has no behaviour for action '" + action + "'"};
  };
}

}  // namespace ihe::app
