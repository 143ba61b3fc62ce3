#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "actors/order_filler/order_workflow.h"
#include "actors/order_filler/rad_005_worklist.h"
#include "tests/unit/order_filler/worklist_seed.h"

// The seeded store (worklist-seed.xml) behind an OrderWorkflow with a fixed clock, recording every change
// notified.
namespace ihe::test {

using actors::ChangeKind;
using actors::Initiator;
using actors::Refusal;
using actors::SpsStatus;

inline actors::NewOrder new_order(const std::string& placer, const std::string& patient_id = "PAT001") {
  actors::NewOrder order;
  order.patient = {patient_id, "HARNESS", "NEW^PATIENT", "19900101", "F"};
  order.placer_order_number = placer + "^PLACER";
  order.procedure_code = {"P1-20001", "99HARNESS", "CT CHEST"};
  order.requesting_physician = "REQUESTING^DOC";
  return order;
}

class OrderWorkflowTest : public ::testing::Test {
 protected:
  OrderWorkflowTest() {
    load_worklist_seed(store_);
    workflow_.subscribe([this](const actors::OrderChange& change) { changes_.push_back(change); });
  }

  // Everything a refused change must leave as it was.
  struct Snapshot {
    std::vector<actors::Patient> patients;
    std::vector<actors::RequestedProcedure> procedures;
    bool operator==(const Snapshot&) const = default;
  };
  Snapshot snapshot() const { return {store_.patients(), store_.requested_procedures()}; }

  // The RAD-5 answers for one Patient ID.
  std::vector<dicom::DicomDataset> worklist_for(const std::string& patient_id) const {
    actors::FaultSwitches faults;
    actors::TransactionLog log;
    const actors::Rad5ModalityWorklist scp(store_, faults, log);
    return scp.answer(mwl_identifier({{"PatientID", patient_id}}, {})).matches;
  }

  void expect_refused(const actors::ChangeResult& result, Refusal refusal, const Snapshot& before) {
    EXPECT_EQ(result.refusal, refusal) << result.reason;
    EXPECT_FALSE(result.reason.empty());
    EXPECT_EQ(snapshot(), before);
    EXPECT_TRUE(changes_.empty());
  }

  actors::ProcedureStore store_;
  actors::SchedulingDefaults defaults_{"MR", "STATION9", "MR9", "ROOM9"};
  actors::OrderWorkflow workflow_{store_, defaults_, [] {
                                    return actors::LocalDateTime{"20261130", "101500"};
                                  }};
  std::vector<actors::OrderChange> changes_;
};

}  // namespace ihe::test
