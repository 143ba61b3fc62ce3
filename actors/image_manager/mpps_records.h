#pragma once

#include <mutex>
#include <optional>
#include <string>

#include "actors/common/mpps/mpps_lifecycle.h"

namespace ihe::actors::image_manager {

// The Image Manager's MPPS instances: the shared PS3.4 F.7.2 state rules (actors/common/mpps) behind a
// lock, because N-CREATE and N-SET of one step may arrive on different associations at once (spec digest
// 3.2).
class MppsRecords {
 public:
  explicit MppsRecords(mpps::MppsRules rules) : lifecycle_(rules) {}

  mpps::MppsOutcome create(const std::string& sop_instance_uid, const dicom::DicomDataset& attributes) {
    std::lock_guard lock(mutex_);
    return lifecycle_.n_create(sop_instance_uid, attributes);
  }
  mpps::MppsOutcome set(const std::string& sop_instance_uid, const dicom::DicomDataset& modifications) {
    std::lock_guard lock(mutex_);
    return lifecycle_.n_set(sop_instance_uid, modifications);
  }
  std::optional<mpps::MppsInstance> find(const std::string& sop_instance_uid) const {
    std::lock_guard lock(mutex_);
    const auto* instance = lifecycle_.find(sop_instance_uid);
    return instance ? std::optional(*instance) : std::nullopt;
  }

 private:
  mutable std::mutex mutex_;
  mpps::MppsLifecycle lifecycle_;
};

}  // namespace ihe::actors::image_manager
