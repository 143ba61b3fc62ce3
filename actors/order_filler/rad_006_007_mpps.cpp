#include "actors/order_filler/rad_006_007_mpps.h"

#include <fmt/core.h>

#include "actors/order_filler/faults.h"

namespace ihe::actors {
namespace {

using dicom::Tag;

constexpr Tag kScheduledStepAttributesSequence{0x0040, 0x0270};
constexpr Tag kSpsId{0x0040, 0x0009};
constexpr Tag kAccessionNumber{0x0008, 0x0050};
constexpr Tag kStudyInstanceUid{0x0020, 0x000D};

SpsStatus sps_status_for(mpps::PpsStatus status) {
  switch (status) {
    case mpps::PpsStatus::InProgress:
      return SpsStatus::Started;
    case mpps::PpsStatus::Completed:
      return SpsStatus::Completed;
    case mpps::PpsStatus::Discontinued:
      return SpsStatus::Discontinued;
  }
  return SpsStatus::Started;
}

std::vector<StepReference> references_of(const dicom::DicomDataset& attributes) {
  std::vector<StepReference> references;
  for (const auto& item : attributes.items(kScheduledStepAttributesSequence))
    references.push_back({item.text(kSpsId), item.text(kAccessionNumber), item.text(kStudyInstanceUid)});
  return references;
}

}  // namespace

Rad6Rad7MppsReceiver::Rad6Rad7MppsReceiver(OrderWorkflow& workflow, const FaultSwitches& faults,
                                           TransactionLog& log)
    : workflow_(workflow),
      store_(workflow.store()),
      faults_(faults),
      log_(log),
      lifecycle_(mpps::MppsRules{.accept_set_after_final =
                                     faults.on(order_filler_fault::kMppsAcceptNsetAfterCompleted)}) {}

net::NResponse Rad6Rad7MppsReceiver::n_create(const net::NRequest& request) {
  net::NResponse response;
  const std::string uid = request.sop_instance_uid.empty() ? ids_.uid() : request.sop_instance_uid;
  if (request.sop_instance_uid.empty()) response.sop_instance_uid = uid;
  const std::lock_guard lock(mutex_);
  const auto outcome = lifecycle_.n_create(uid, request.dataset);
  response.status = outcome.status;
  if (outcome.accepted()) follow(*outcome.instance);
  publish(request, "RAD-6", outcome, uid);
  return response;
}

net::NResponse Rad6Rad7MppsReceiver::n_set(const net::NRequest& request) {
  const std::lock_guard lock(mutex_);
  const auto outcome = lifecycle_.n_set(request.sop_instance_uid, request.dataset);
  if (outcome.accepted()) follow(*outcome.instance);
  publish(request, "RAD-7", outcome, request.sop_instance_uid);
  net::NResponse response;
  response.status = outcome.status;
  return response;
}

// Links the MPPS to the SPS its SSAS items name and gives them the status the MPPS implies. The links are
// made at N-CREATE: the SSAS is not allowed in N-SET (PS3.4 F.7.2-1).
void Rad6Rad7MppsReceiver::follow(const mpps::MppsInstance& instance) {
  PerformedStepRecord record{
      instance.sop_instance_uid, std::string(mpps::to_string(instance.status)), {}, instance.attributes};
  if (const auto earlier = store_.performed_step(instance.sop_instance_uid)) {
    record.linked = earlier->linked;
  } else {
    for (const auto& reference : references_of(instance.attributes))
      if (store_.find_step(reference)) record.linked.push_back(reference);
  }
  store_.record_performed_step(record);
  if (faults_.on(order_filler_fault::kMppsIgnore)) return;
  for (const auto& reference : record.linked)
    workflow_.step_performed(reference, sps_status_for(instance.status));
}

void Rad6Rad7MppsReceiver::publish(const net::NRequest& request, const std::string& transaction,
                                   const mpps::MppsOutcome& outcome, const std::string& uid) {
  std::string summary =
      fmt::format("MPPS {} {}", request.command == net::DimseCommand::NCreate ? "N-CREATE" : "N-SET", uid);
  if (outcome.accepted()) {
    const auto record = store_.performed_step(uid);
    summary +=
        fmt::format(" {} ({})", mpps::to_string(outcome.instance->status),
                    record && !record->linked.empty() ? fmt::format("SPS {}", record->linked.front().sps_id)
                                                      : std::string("unlinked"));
  }
  log_.publish(
      {transaction, request.association.calling_ae + "@" + request.association.peer_address, summary,
       outcome.accepted() ? "0x0000 Success" : fmt::format("0x{:04X} {}", outcome.status, outcome.reason)});
}

}  // namespace ihe::actors
