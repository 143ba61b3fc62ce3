#pragma once

#include <memory>
#include <string>
#include <vector>

#include "actors/net/dicom/scu/dicom_association.h"
#include "actors/order_filler/faults.h"
#include "actors/order_filler/order_filler.h"
#include "tests/unit/order_filler/worklist_seed.h"

namespace ihe::test {

// A running Order Filler on a free port with the tests' fixed worklist, and our own SCU talking to it as
// modality MODALITY1.
class RunningOrderFiller {
 public:
  explicit RunningOrderFiller(const std::vector<std::string>& faults = {},
                              std::vector<std::string> allowed_calling_aes = {}) {
    actors::OrderFillerConfig config;
    config.dicom_port = 0;
    config.seed_file = worklist_seed_file();
    config.allowed_calling_aes = std::move(allowed_calling_aes);
    actor_ = std::make_unique<actors::OrderFiller>(
        config, actors::FaultSwitches::select(actors::order_filler_faults(), faults, "order-filler"), log_);
    actor_->start();
  }
  ~RunningOrderFiller() { actor_->stop(); }

  std::uint16_t port() const { return actor_->port(); }
  actors::OrderFiller& actor() { return *actor_; }

  net::DicomAssociation associate(const std::string& calling_ae = "MODALITY1") const {
    net::AssociationParams params;
    params.calling_ae = calling_ae;
    params.called_ae = "ORDER_FILLER";
    params.host = "127.0.0.1";
    params.port = actor_->port();
    params.contexts = {net::contexts::modality_worklist_find(), net::contexts::mpps()};
    return net::DicomAssociation(params);
  }

  // One RAD-5 query on its own association.
  net::FindResult query(const dicom::DicomDataset& identifier) const {
    auto association = associate();
    const auto opened = association.open();
    EXPECT_TRUE(opened.ok()) << opened.detail;
    return association.find(net::sop_class::kModalityWorklistFind, identifier);
  }

 private:
  actors::TransactionLog log_;
  std::unique_ptr<actors::OrderFiller> actor_;
};

}  // namespace ihe::test
