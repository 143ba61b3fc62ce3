#pragma once

#include "actors/common/fault_switches.h"
#include "actors/common/transaction_log.h"
#include "actors/net/dicom/scp/dimse_types.h"
#include "actors/order_filler/procedure_store.h"

namespace ihe::actors {

// RAD-5 Query Modality Worklist, the Order Filler's side: the C-FIND SCP of the Modality Worklist
// Information Model - FIND SOP class (PS3.4 K). Each SPS that matches the identifier becomes one pending
// response with exactly one SPS Sequence item (K.6-1 remark) holding the requested keys only (C.4.1.2.3).
// Nothing matching is zero responses and success, not an error.
class Rad5ModalityWorklist {
 public:
  Rad5ModalityWorklist(const ProcedureStore& store, const FaultSwitches& faults, TransactionLog& log)
      : store_(store), faults_(faults), log_(log) {}

  // The FindHandler of net::HandlerRegistry (runs on an association thread; the store is thread-safe).
  net::FindResponse operator()(const net::FindRequest& request) const;

  // The matching and response building, without logging: what operator() answers for this identifier.
  net::FindResponse answer(const dicom::DicomDataset& identifier) const;

 private:
  const ProcedureStore& store_;
  const FaultSwitches& faults_;
  TransactionLog& log_;
};

}  // namespace ihe::actors
