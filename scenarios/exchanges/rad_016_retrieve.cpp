// send RAD-16: the harness's Image Display retrieves from the SUT into its own storage SCP (Study Root
// C-MOVE, RAD TF-2 4.16, PS3.4 C.4.2): level=STUDY|SERIES|IMAGE with study-uid, series-uid,
// sop-instance-uid. The outcome counts what the SUT reported and what really arrived (data sets "received").
#include "actors/image_display/rad_016_retrieve.h"

#include "base/harness_error.h"
#include "base/text.h"
#include "scenarios/exchanges/dicom_exchanges.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"

namespace ihe::scenarios {
namespace {

actors::RetrieveRequest request_of(const Step& step) {
  actors::RetrieveRequest request;
  const auto level = param_or(step, "level", "STUDY");
  if (level == "STUDY")
    request.level = actors::QueryLevel::Study;
  else if (level == "SERIES")
    request.level = actors::QueryLevel::Series;
  else if (level == "IMAGE")
    request.level = actors::QueryLevel::Image;
  else
    throw HarnessError(step.where + ": level must be STUDY, SERIES or IMAGE, not '" + level + "'");
  request.study_uid = param_or(step, "study-uid", "");
  request.series_uid = param_or(step, "series-uid", "");
  request.sop_instance_uids = split_nonempty(param_or(step, "sop-instance-uid", ""), ' ');
  return request;
}

StepOutcome retrieve(ExchangeContext& context) {
  auto& display = static_cast<HarnessSide&>(context.state).actors().display();
  const auto request = request_of(context.step);
  const auto identifier = actors::rad16_identifier(request);
  const auto first = display.storage().received_count();
  const auto result = display.retrieve_images(request);
  StepOutcome outcome;
  const bool answered =
      result.ok() || result.status != 0 || result.counts.completed + result.counts.failed > 0;
  record_dimse(context, true,
               "C-MOVE-RQ to " + display.config().ae_title + " -> " +
                   (answered ? result.status_text() : "error: " + result.detail) + ", " +
                   std::to_string(result.received_sop_instance_uids.size()) + " instance(s) received",
               identifier);
  if (!answered) {
    outcome.unreachable = record_no_answer(context, result);
    return outcome;
  }
  if (!result.ok()) outcome.note = result.detail;
  outcome.status = result.status;
  outcome.values = {{"completed", std::to_string(result.counts.completed)},
                    {"failed", std::to_string(result.counts.failed)},
                    {"warning", std::to_string(result.counts.warning)},
                    {"remaining", std::to_string(result.counts.remaining)},
                    {"received", std::to_string(result.received_sop_instance_uids.size())}};
  outcome.datasets["request"] = {identifier};
  // What arrived, as our storage SCP keeps it (in memory: the harness's display has no storage folder), so
  // checks can compare the retrieved instances with what the modality stored.
  auto& received = outcome.datasets["received"];
  for (const auto& instance : display.storage().received_since(first)) received.push_back(instance.dataset);
  return outcome;
}

}  // namespace

void add_rad16_retrieve(ExchangeRegistry& registry) {
  registry.add({StepKind::Send,
                "RAD-16",
                "C-MOVE level=STUDY|SERIES|IMAGE (study-uid, series-uid, "
                "sop-instance-uid) to the harness's storage SCP",
                {"level", "study-uid", "series-uid", "sop-instance-uid"},
                false,
                retrieve});
}

}  // namespace ihe::scenarios
