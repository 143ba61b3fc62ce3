#pragma once

#include <mutex>

#include "actors/common/fault_switches.h"
#include "actors/common/id_factory.h"
#include "actors/common/mpps/mpps_lifecycle.h"
#include "actors/common/transaction_log.h"
#include "actors/net/dicom/scp/dimse_types.h"
#include "actors/order_filler/order_workflow.h"

namespace ihe::actors {

// RAD-6 Modality Procedure Step In Progress (N-CREATE) and RAD-7 Modality Procedure Step Completed /
// Discontinued (N-SET), received by the Order Filler playing the PPS Manager (forwarding to the Image
// Manager is not done yet). The MPPS state rules are mpps::MppsLifecycle's (PS3.4 F.7.2); this class
// links each MPPS to the SPS its Scheduled Step Attributes Sequence names and moves their status along:
// IN PROGRESS -> STARTED, COMPLETED -> COMPLETED, DISCONTINUED -> DISCONTINUED, through the OrderWorkflow so
// that the HL7 side hears of it (RAD-3 SC, RAD-13). An unscheduled MPPS (SSAS
// with empty SPS ID and Accession Number) is kept, linked to nothing.
class Rad6Rad7MppsReceiver {
 public:
  Rad6Rad7MppsReceiver(OrderWorkflow& workflow, const FaultSwitches& faults, TransactionLog& log);

  // NHandlers of net::HandlerRegistry; N-CREATE and N-SET of one MPPS may come on different associations
  // (and so threads): calls are serialised.
  net::NResponse n_create(const net::NRequest& request);
  net::NResponse n_set(const net::NRequest& request);

 private:
  void follow(const mpps::MppsInstance& instance);
  void publish(const net::NRequest& request, const std::string& transaction, const mpps::MppsOutcome& outcome,
               const std::string& uid);

  OrderWorkflow& workflow_;
  ProcedureStore& store_;
  const FaultSwitches& faults_;
  TransactionLog& log_;
  std::mutex mutex_;
  mpps::MppsLifecycle lifecycle_;
  IdFactory ids_;  // UIDs for N-CREATEs that leave the choice to us (PS3.7 10.1.5.1.3)
};

}  // namespace ihe::actors
