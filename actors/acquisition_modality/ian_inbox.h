#pragma once

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "actors/dicom/dicom_dataset.h"

namespace ihe::actors {

// An Instance Availability Notification (RAD-49, PS3.4 Annex R) that reached our listener: the harness
// plays the Order Filler an Image Manager SUT notifies (MESA 134).
struct ReceivedIan {
  std::string calling_ae;
  dicom::DicomDataset dataset;
};

// Notifications kept until an await takes them; thread-safe (the listener delivers on its server thread).
class IanInbox {
 public:
  void deliver(ReceivedIan ian);
  // The first notification for `study_uid`, removed from the inbox; nullopt when none arrives in `timeout`.
  std::optional<ReceivedIan> wait(const std::string& study_uid, std::chrono::milliseconds timeout);

 private:
  std::mutex mutex_;
  std::condition_variable arrived_;
  std::vector<ReceivedIan> received_;
};

}  // namespace ihe::actors
