// RAD-6 Modality Procedure Step In Progress (N-CREATE) and RAD-7 Modality Procedure Step Completed
// (N-SET): the MPPS SCP of PS3.4 F.7.2, over the shared state rules (actors/common/mpps).
#include "actors/image_manager/context.h"
#include "actors/image_manager/faults.h"
#include "actors/net/dicom/scu/presentation_context.h"

namespace ihe::actors::image_manager {
namespace {

constexpr dicom::Tag kPpsStatus{0x0040, 0x0252};
constexpr dicom::Tag kScheduledStepAttributes{0x0040, 0x0270};

net::NResponse answer(Context& context, const net::NRequest& request, const std::string& uid,
                      const mpps::MppsOutcome& outcome, std::string_view transaction) {
  const std::string summary =
      std::string(request.command == net::DimseCommand::NCreate ? "N-CREATE" : "N-SET") + " MPPS " + uid +
      " " + request.dataset.string(kPpsStatus).value_or("");
  context.publish(std::string(transaction), request.association, summary,
                  hex_status(outcome.status) + (outcome.reason.empty() ? "" : " " + outcome.reason));
  net::NResponse response;
  response.status = outcome.status;
  return response;
}

net::NResponse on_create(Context& context, const net::NRequest& request) {
  const std::string uid = request.sop_instance_uid.empty() ? context.ids.uid() : request.sop_instance_uid;
  if (context.faults.on(fault::kMppsRefusesGroup) &&
      request.dataset.items(kScheduledStepAttributes).size() > 1) {
    mpps::MppsOutcome refused;
    refused.status = mpps::status::invalid_attribute_value;
    refused.reason = "group case refused (fault mpps-refuses-group)";
    return answer(context, request, uid, refused, "RAD-6");
  }
  auto response = answer(context, request, uid, context.mpps.create(uid, request.dataset), "RAD-6");
  if (request.sop_instance_uid.empty() && response.status == 0) response.sop_instance_uid = uid;
  return response;
}

net::NResponse on_set(Context& context, const net::NRequest& request) {
  const auto outcome = context.mpps.set(request.sop_instance_uid, request.dataset);
  const auto requested = mpps::parse_pps_status(request.dataset.string(kPpsStatus).value_or(""));
  const bool final_request = requested && mpps::is_final(*requested);
  auto response =
      answer(context, request, request.sop_instance_uid, outcome, final_request ? "RAD-7" : "RAD-6");
  const bool became_final = outcome.accepted() && outcome.instance &&
                            mpps::is_final(outcome.instance->status) && outcome.previous_status &&
                            !mpps::is_final(*outcome.previous_status);
  if (became_final) context.notifier.mpps_final(request.sop_instance_uid, *outcome.instance, context.archive);
  return response;
}

}  // namespace

void register_mpps(net::HandlerRegistry& registry, Context& context) {
  registry.on_n(net::DimseCommand::NCreate, net::sop_class::kMpps,
                [&context](const net::NRequest& request) { return on_create(context, request); });
  registry.on_n(net::DimseCommand::NSet, net::sop_class::kMpps,
                [&context](const net::NRequest& request) { return on_set(context, request); });
}

}  // namespace ihe::actors::image_manager
