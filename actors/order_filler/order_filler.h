#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "actors/common/fault_switches.h"
#include "actors/common/simulated_actor.h"
#include "actors/common/transaction_log.h"
#include "actors/order_filler/config.h"
#include "actors/order_filler/order_workflow.h"
#include "actors/order_filler/procedure_store.h"

namespace ihe::net {
class DicomServer;
}

namespace ihe::actors {

class Rad5ModalityWorklist;
class Rad6Rad7MppsReceiver;

// The simulated Order Filler, DICOM side: the Modality Worklist SCP (RAD-5) and the MPPS SCP (RAD-6/7,
// as PPS Manager) over one DicomServer, both working on the ProcedureStore. The constructor loads the
// seed file (HarnessError "FILE:LINE: ..." when it is wrong); start() opens the port.
class OrderFiller : public SimulatedActor {
 public:
  OrderFiller(OrderFillerConfig config, FaultSwitches faults, TransactionLog& log);
  ~OrderFiller() override;

  void start() override;
  void stop() override;
  std::string describe() const override;

  // The port we listen on (the one picked at start() when the config said 0).
  std::uint16_t port() const;
  ProcedureStore& store() { return store_; }
  OrderWorkflow& workflow() { return workflow_; }
  const OrderFillerConfig& config() const { return config_; }

 private:
  OrderFillerConfig config_;
  FaultSwitches faults_;
  TransactionLog& log_;
  ProcedureStore store_;
  OrderWorkflow workflow_;
  std::unique_ptr<Rad5ModalityWorklist> worklist_;
  std::unique_ptr<Rad6Rad7MppsReceiver> mpps_;
  std::unique_ptr<net::DicomServer> server_;
};

}  // namespace ihe::actors
