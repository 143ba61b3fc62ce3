// RAD-6 Modality Procedure Step In Progress (N-CREATE) and RAD-7 Modality Procedure Step Completed
// (N-SET): the MPPS SCP of PS3.4 F.7.2, over MppsRecords.
#include "actors/image_manager/context.h"
#include "actors/image_manager/faults.h"
#include "actors/image_manager/uid.h"
#include "actors/net/dicom/scu/presentation_context.h"

namespace ihe::actors::image_manager {
namespace {

net::NResponse answer(Context& context, const net::NRequest& request, const std::string& uid,
                      const MppsRecords::Outcome& outcome, std::string_view transaction) {
  const std::string summary =
      std::string(request.command == net::DimseCommand::NCreate ? "N-CREATE" : "N-SET") + " MPPS " + uid +
      " " + pps_status(request.dataset);
  context.publish(std::string(transaction), request.association, summary,
                  hex_status(outcome.status) + (outcome.reason.empty() ? "" : " " + outcome.reason));
  net::NResponse response;
  response.status = outcome.status;
  return response;
}

net::NResponse on_create(Context& context, const net::NRequest& request) {
  const std::string uid = request.sop_instance_uid.empty() ? new_uid() : request.sop_instance_uid;
  auto response = answer(context, request, uid, context.mpps.create(uid, request.dataset), "RAD-6");
  if (request.sop_instance_uid.empty() && response.status == 0) response.sop_instance_uid = uid;
  return response;
}

net::NResponse on_set(Context& context, const net::NRequest& request) {
  const auto outcome = context.mpps.set(request.sop_instance_uid, request.dataset,
                                        context.faults.on(fault::kMppsAcceptNsetAfterCompleted));
  const bool completed =
      pps_status(request.dataset) == "COMPLETED" || pps_status(request.dataset) == "DISCONTINUED";
  auto response = answer(context, request, request.sop_instance_uid, outcome, completed ? "RAD-7" : "RAD-6");
  if (outcome.became_final)
    context.notifier.mpps_final(request.sop_instance_uid, *context.mpps.find(request.sop_instance_uid),
                                context.archive);
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
