#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "actors/common/fault_switches.h"
#include "actors/common/id_factory.h"
#include "actors/common/simulated_actor.h"
#include "actors/common/transaction_log.h"
#include "actors/order_filler/config.h"
#include "actors/order_filler/hl7_outbox.h"
#include "actors/order_filler/order_workflow.h"
#include "actors/order_filler/procedure_store.h"

namespace ihe::net {
class DicomServer;
}

namespace ihe::actors {

class Hl7Receiver;
class Rad5ModalityWorklist;
class Rad6Rad7MppsReceiver;

// The simulated Order Filler. DICOM side: the Modality Worklist SCP (RAD-5) and the MPPS SCP (RAD-6/7, as
// PPS Manager) over one DicomServer. HL7 side (when configured): an MLLP receiver for RAD-1, RAD-12 and
// RAD-2, and an outbox sending RAD-3 to the Order Placer and RAD-4, RAD-13 and forwarded RAD-12 to the
// Image Manager as the OrderWorkflow reports its changes. All of it works on one ProcedureStore. The
// constructor loads the seed file (HarnessError "FILE:LINE: ..." when it is wrong); start() opens the ports.
class OrderFiller : public SimulatedActor {
 public:
  OrderFiller(OrderFillerConfig config, FaultSwitches faults, TransactionLog& log);
  ~OrderFiller() override;

  void start() override;
  void stop() override;
  std::string describe() const override;

  // The port we listen on (the one picked at start() when the config said 0).
  std::uint16_t port() const;
  // The HL7 port we listen on after start(); 0 without an HL7 side.
  std::uint16_t hl7_port() const;
  Hl7Outbox& outbox() { return outbox_; }
  ProcedureStore& store() { return store_; }
  OrderWorkflow& workflow() { return workflow_; }
  const OrderFillerConfig& config() const { return config_; }

 private:
  OrderFillerConfig config_;
  FaultSwitches faults_;
  TransactionLog& log_;
  IdFactory ids_;
  ProcedureStore store_;
  OrderWorkflow workflow_;
  Hl7Outbox outbox_;
  std::unique_ptr<Hl7Receiver> hl7_;
  std::unique_ptr<Rad5ModalityWorklist> worklist_;
  std::unique_ptr<Rad6Rad7MppsReceiver> mpps_;
  std::unique_ptr<net::DicomServer> server_;
};

}  // namespace ihe::actors
