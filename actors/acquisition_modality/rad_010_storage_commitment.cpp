#include "actors/acquisition_modality/rad_010_storage_commitment.h"

#include <fmt/core.h>

#include "actors/acquisition_modality/modality_tags.h"
#include "base/harness_error.h"

namespace ihe::actors {
namespace {

using Clock = std::chrono::steady_clock;

dicom::DicomDataset action_information(const std::vector<InstanceRef>& instances,
                                       const std::string& transaction_uid) {
  dicom::DicomDataset information;
  information.set(tags::TransactionUid, transaction_uid);
  std::vector<dicom::DicomDataset> references;
  for (const auto& instance : instances) {
    dicom::DicomDataset item;
    item.set(tags::ReferencedSopClassUid, instance.sop_class_uid);
    item.set(tags::ReferencedSopInstanceUid, instance.sop_instance_uid);
    references.push_back(std::move(item));
  }
  information.set_sequence(tags::ReferencedSopSequence, std::move(references));
  return information;
}

// Waits on the N-ACTION's own association in slices of one second (DCMTK counts whole seconds), looking
// into the listener's inbox between the slices, until the report for our transaction arrives.
std::optional<CommitmentReport> await_report(net::DicomAssociation& association,
                                             const std::string& transaction_uid, ReportChannel channel,
                                             CommitmentInbox* inbox, Clock::time_point until) {
  const bool watch_association = channel != ReportChannel::NewAssociation;
  while (Clock::now() < until && !(inbox != nullptr && inbox->closed())) {
    if (watch_association && association.is_open()) {
      auto received = association.wait_event_report(std::chrono::seconds(1));
      if (received.ok() && received.sop_class_uid == net::sop_class::kStorageCommitmentPushModel) {
        auto report = CommitmentReport::from_event(received.event_type, received.event_information);
        report.same_association = true;
        if (report.transaction_uid == transaction_uid) return report;
      }
      if (inbox != nullptr && channel == ReportChannel::Either)
        if (auto report = inbox->wait(transaction_uid, std::chrono::milliseconds(0))) return report;
      continue;
    }
    // The association is gone: only the listener can still bring the report.
    if (inbox == nullptr || channel == ReportChannel::SameAssociation) return std::nullopt;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(until - Clock::now());
    return inbox->wait(transaction_uid, left);
  }
  return std::nullopt;
}

}  // namespace

CommitmentResult rad10_storage_commitment(const ScuContext& context, const Endpoint& image_manager,
                                          const std::vector<InstanceRef>& instances,
                                          const std::string& transaction_uid, ReportChannel channel,
                                          CommitmentInbox* inbox, std::chrono::seconds deadline) {
  if (channel != ReportChannel::SameAssociation && inbox == nullptr)
    throw HarnessError("RAD-10: reports on a new association need our listener, and there is none");
  CommitmentResult result;
  result.transaction_uid = transaction_uid;
  const auto until = Clock::now() + deadline;
  net::DicomAssociation association(context.params(image_manager, {net::contexts::storage_commitment()}));
  if (const auto opened = association.open(); !opened.ok()) {
    result.action.error = opened.error;
    result.action.detail = opened.detail;
  } else {
    result.action = association.n_action(net::sop_class::kStorageCommitmentPushModel,
                                         net::sop_class::kStorageCommitmentPushModelInstance, 1,
                                         action_information(instances, transaction_uid));
  }
  context.publish(
      "RAD-10", image_manager,
      fmt::format("N-ACTION commit {} instance(s), transaction {}", instances.size(), transaction_uid),
      outcome_text(result.action));
  if (result.action.ok() && result.action.kind() == net::StatusKind::Success) {
    // PS3.4 J.3.3.1.2 note 1 (spec digest 3.4): once we released ours, the SCP reports on a new association.
    if (channel == ReportChannel::NewAssociation && association.is_open()) association.release();
    result.report = await_report(association, transaction_uid, channel, inbox, until);
    if (result.report && result.report->same_association)
      context.publish("RAD-10", image_manager,
                      fmt::format("N-EVENT-REPORT type {} transaction {} (same association)",
                                  result.report->event_type, transaction_uid),
                      fmt::format("{} committed, {} failed", result.report->committed.size(),
                                  result.report->failed.size()));
    if (!result.report)
      context.publish("RAD-10", image_manager, "no N-EVENT-REPORT for transaction " + transaction_uid,
                      fmt::format("timeout after {} s", deadline.count()));
  }
  if (association.is_open()) association.release();
  return result;
}

}  // namespace ihe::actors
