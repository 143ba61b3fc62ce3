#include "actors/image_manager/availability_notifier.h"

#include <map>

#include "actors/image_manager/faults.h"
#include "actors/net/dicom/scu/dicom_association.h"

namespace ihe::actors::image_manager {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr const char* kIanSopClass = net::sop_class::kInstanceAvailabilityNotification;  // PS3.4 R.3
constexpr Tag kPerformedSeries{0x0040, 0x0340};
constexpr Tag kReferencedImages{0x0008, 0x1140};
constexpr Tag kReferencedNonImages{0x0040, 0x0220};
constexpr Tag kReferencedClass{0x0008, 0x1150};
constexpr Tag kReferencedInstance{0x0008, 0x1155};
constexpr Tag kReferencedSopSequence{0x0008, 0x1199};
constexpr Tag kReferencedSeriesSequence{0x0008, 0x1115};
constexpr Tag kReferencedPps{0x0008, 0x1111};
constexpr Tag kStudyUid{0x0020, 0x000D};
constexpr Tag kSeriesUid{0x0020, 0x000E};

// Fault ian-missing-instance: the notification leaves out the last instance it should list.
void drop_last_instance(DicomDataset& ian) {
  auto* series = ian.mutable_items(kReferencedSeriesSequence);
  if (series == nullptr || series->empty()) return;
  auto* instances = series->back().mutable_items(kReferencedSopSequence);
  if (instances != nullptr && !instances->empty()) instances->pop_back();
}

}  // namespace

std::vector<DicomDataset> availability_notifications(const std::string& mpps_uid, const DicomDataset& mpps,
                                                     const ArchiveIndex& archive,
                                                     const std::string& retrieve_ae) {
  // study UID -> series UID -> Referenced SOP items (PS3.4 Table R.3-1)
  std::map<std::string, std::map<std::string, std::vector<DicomDataset>>> studies;
  for (const DicomDataset& series : mpps.items(kPerformedSeries)) {
    for (Tag list : {kReferencedImages, kReferencedNonImages}) {
      for (const DicomDataset& reference : series.items(list)) {
        const auto held = archive.instance(reference.string(kReferencedInstance).value_or(""));
        if (!held) return {};
        DicomDataset item;
        item.set(kReferencedClass, Vr::UI, reference.string(kReferencedClass).value_or(""))
            .set(kReferencedInstance, Vr::UI, reference.string(kReferencedInstance).value_or(""))
            .set({0x0008, 0x0056}, Vr::CS, "ONLINE")
            .set({0x0008, 0x0054}, Vr::AE, retrieve_ae);
        studies[held->attributes.string(kStudyUid).value_or("")]
               [held->attributes.string(kSeriesUid).value_or("")]
                   .push_back(std::move(item));
      }
    }
  }
  std::vector<DicomDataset> notifications;
  for (auto& [study, series_map] : studies) {
    DicomDataset pps, ian;
    pps.set(kReferencedClass, Vr::UI, "1.2.840.10008.3.1.2.3.3").set(kReferencedInstance, Vr::UI, mpps_uid);
    pps.set_sequence({0x0040, 0x4019}, {});  // Performed Workitem Code Sequence, type 2
    ian.set_sequence(kReferencedPps, {pps}).set(kStudyUid, Vr::UI, study);
    std::vector<DicomDataset> series_items;
    for (auto& [series, instances] : series_map) {
      DicomDataset item;
      item.set(kSeriesUid, Vr::UI, series).set_sequence(kReferencedSopSequence, std::move(instances));
      series_items.push_back(std::move(item));
    }
    ian.set_sequence(kReferencedSeriesSequence, std::move(series_items));
    notifications.push_back(std::move(ian));
  }
  return notifications;
}

AvailabilityNotifier::AvailabilityNotifier(const ImageManagerConfig& config, const FaultSwitches& faults,
                                           TransactionLog& log, Outbox& outbox, IdFactory& ids)
    : config_(config), faults_(faults), log_(log), outbox_(outbox), ids_(ids) {}

void AvailabilityNotifier::mpps_final(const std::string& mpps_uid, const mpps::MppsInstance& mpps,
                                      const ArchiveIndex& archive) {
  if (!config_.ian_order_filler || mpps.status != mpps::PpsStatus::Completed) return;
  if (faults_.on(fault::kIanNeverSent)) return;
  std::lock_guard lock(mutex_);
  waiting_.emplace_back(mpps_uid, mpps.attributes);
  release_complete(archive);
}

void AvailabilityNotifier::instance_stored(const ArchiveIndex& archive) {
  if (!config_.ian_order_filler) return;
  std::lock_guard lock(mutex_);
  release_complete(archive);
}

void AvailabilityNotifier::release_complete(const ArchiveIndex& archive) {
  std::erase_if(waiting_, [&](const auto& entry) {
    auto ready = availability_notifications(entry.first, entry.second, archive, config_.ae_title);
    if (faults_.on(fault::kIanMissingInstance))
      for (auto& ian : ready) drop_last_instance(ian);
    for (auto& ian : ready) outbox_.post([this, ian = std::move(ian)] { send(ian); });
    return !ready.empty();
  });
}

void AvailabilityNotifier::send(const DicomDataset& ian) const {
  const Endpoint& filler = *config_.ian_order_filler;
  net::DicomAssociation association({config_.ae_title,
                                     filler.ae_title,
                                     filler.host,
                                     filler.port,
                                     {{kIanSopClass, net::contexts::uncompressed_transfer_syntaxes()}}});
  std::string outcome;
  if (auto opened = association.open(); !opened.ok()) {
    outcome = "not sent: " + opened.detail;
  } else {
    const auto result = association.n_create(kIanSopClass, ids_.uid(), ian);
    outcome = result.ok() ? result.status_text() : "no response: " + result.detail;
  }
  log_.publish({"RAD-49", filler.to_string(),
                "N-CREATE Instance Availability Notification for study " + ian.string(kStudyUid).value_or(""),
                outcome});
}

}  // namespace ihe::actors::image_manager
