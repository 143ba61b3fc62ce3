#include "actors/acquisition_modality/rad_006_007_mpps.h"

#include <fmt/core.h>

namespace ihe::actors {
namespace {

enum class MppsCall { Create, Set };

net::NResult send(const ScuContext& context, const Endpoint& peer, MppsCall call, const std::string& instance,
                  const dicom::DicomDataset& attributes) {
  net::DicomAssociation association(context.params(peer, {net::contexts::mpps()}));
  net::NResult result;
  if (const auto opened = association.open(); !opened.ok()) {
    result.error = opened.error;
    result.detail = opened.detail;
    return result;
  }
  result = call == MppsCall::Create ? association.n_create(net::sop_class::kMpps, instance, attributes)
                                    : association.n_set(net::sop_class::kMpps, instance, attributes);
  association.release();
  return result;
}

}  // namespace

net::NResult rad6_mpps_in_progress(const ScuContext& context, const Endpoint& pps_manager,
                                   const PerformedProcedureStep& step, const FaultSwitches& faults) {
  auto result =
      send(context, pps_manager, MppsCall::Create, step.sop_instance_uid, mpps_in_progress(step, faults));
  context.publish("RAD-6", pps_manager,
                  fmt::format("MPPS N-CREATE IN PROGRESS {} PPS ID {} ({} SPS)", step.sop_instance_uid,
                              step.pps_id, step.scheduled.size()),
                  outcome_text(result));
  return result;
}

net::NResult rad7_mpps_final(const ScuContext& context, const Endpoint& pps_manager,
                             const PerformedProcedureStep& step, PpsFinalStatus status,
                             const std::vector<PerformedSeries>& series, const std::optional<Code>& reason,
                             const FaultSwitches& faults) {
  auto result = send(context, pps_manager, MppsCall::Set, step.sop_instance_uid,
                     mpps_final(status, DateTime::now(), series, reason, faults));
  std::size_t images = 0;
  for (const auto& one : series) images += one.images.size();
  context.publish("RAD-7", pps_manager,
                  fmt::format("MPPS N-SET {} {} ({} series, {} images)",
                              status == PpsFinalStatus::Completed ? "COMPLETED" : "DISCONTINUED",
                              step.sop_instance_uid, series.size(), images),
                  outcome_text(result));
  return result;
}

}  // namespace ihe::actors
