#pragma once

#include <filesystem>
#include <functional>
#include <memory>

#include "actors/common/transaction_log.h"
#include "actors/image_manager/image_manager.h"
#include "actors/order_filler/order_filler.h"
#include "reports/model/target.h"
#include "scenarios/exchanges/record_inbox.h"

namespace ihe::scenarios {

// The simulated actors the harness serves an Acquisition Modality SUT with, started on first use and kept
// for the run: the Order Filler (MWL SCP for RAD-5 and MPPS SCP for RAD-6/7) on the target's
// <harness><dicom>, and the Image Manager (storage and storage commitment SCP for RAD-8/10, reporting to
// the SUT's own AE) on the harness storage endpoint. What they publish is evidence and fills the inbox
// await steps wait on.
class HarnessServers {
 public:
  using Sink = std::function<void(const actors::TransactionRecord&)>;
  // `sink` keeps each record as evidence; it is called on the actors' threads.
  HarnessServers(const reports::Target& target, Sink sink);
  ~HarnessServers();
  actors::OrderFiller& order_filler();
  actors::image_manager::ImageManager& image_manager();
  const RecordInbox& inbox() const { return inbox_; }

 private:
  const reports::Target& target_;
  actors::TransactionLog log_;
  RecordInbox inbox_;
  std::filesystem::path archive_;
  std::unique_ptr<actors::OrderFiller> order_filler_;
  std::unique_ptr<actors::image_manager::ImageManager> image_manager_;
};

}  // namespace ihe::scenarios
