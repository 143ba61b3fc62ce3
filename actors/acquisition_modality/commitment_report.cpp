#include "actors/acquisition_modality/commitment_report.h"

#include <algorithm>

#include "actors/acquisition_modality/modality_tags.h"

namespace ihe::actors {
namespace {

InstanceRef reference_of(const dicom::DicomDataset& item) {
  return {item.string(tags::ReferencedSopClassUid).value_or(""),
          item.string(tags::ReferencedSopInstanceUid).value_or("")};
}

}  // namespace

CommitmentReport CommitmentReport::from_event(std::uint16_t event_type,
                                              const dicom::DicomDataset& information) {
  CommitmentReport report;
  report.event_type = event_type;
  report.transaction_uid = information.string(tags::TransactionUid).value_or("");
  for (const auto& item : information.items(tags::ReferencedSopSequence))
    report.committed.push_back(reference_of(item));
  for (const auto& item : information.items(tags::FailedSopSequence)) {
    const auto reason = item.string(tags::FailureReason).value_or("0");
    report.failed.push_back(
        {reference_of(item), static_cast<std::uint16_t>(std::stoul(reason.empty() ? "0" : reason))});
  }
  return report;
}

void CommitmentInbox::deliver(CommitmentReport report) {
  {
    const std::lock_guard lock(mutex_);
    reports_.push_back(std::move(report));
  }
  arrived_.notify_all();
}

void CommitmentInbox::close() {
  {
    const std::lock_guard lock(mutex_);
    closed_ = true;
  }
  arrived_.notify_all();
}

bool CommitmentInbox::closed() {
  const std::lock_guard lock(mutex_);
  return closed_;
}

std::optional<CommitmentReport> CommitmentInbox::wait(const std::string& transaction_uid,
                                                      std::chrono::milliseconds timeout) {
  std::unique_lock lock(mutex_);
  const auto match = [&] {
    return std::find_if(reports_.begin(), reports_.end(),
                        [&](const CommitmentReport& r) { return r.transaction_uid == transaction_uid; });
  };
  arrived_.wait_for(lock, timeout, [&] { return closed_ || match() != reports_.end(); });
  const auto found = match();
  if (found == reports_.end()) return std::nullopt;
  CommitmentReport report = std::move(*found);
  reports_.erase(found);
  return report;
}

}  // namespace ihe::actors
