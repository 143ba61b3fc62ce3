#pragma once

#include <string_view>
#include <vector>

#include "actors/common/fault_switches.h"
#include "actors/order_filler/hl7_outbox.h"
#include "actors/order_filler/order_change.h"

namespace ihe::actors {

// The HL7 messages one applied change makes the Order Filler send (spec digest 1.1, 2.4, 2.5, 4.2):
//   PatientUpdated by the ADT     -> RAD-12 A08 forwarded to the Image Manager
//   PatientsMerged                -> RAD-12 A40 forwarded to the Image Manager
//   OrderScheduled                -> RAD-4  NW/SC (one IPC per SPS) to the Image Manager
//   OrderCancelled                -> RAD-13 CA/CA; when the filler cancelled it also RAD-3 OC to the placer
//   OrderDiscontinued             -> RAD-13 DC/CA; when the filler did it also RAD-3 SC with ORC-5 DC
//   OrderChanged                  -> RAD-13 XO/SC
//   StepStarted                   -> RAD-3  SC with ORC-5 IP
//   StepCompleted, all steps done -> RAD-3  SC with ORC-5 CM, RAD-13 XO/CM
//   StepDiscontinued              -> RAD-13 DC/CA
// RAD-3 only for orders with a placer order number (a placer to tell). `version` is the configured
// HL7 version ("2.5.1" OMI^O23/OMG^O19, "2.3.1" ORM^O01 + ZDS). The outbound fault switches (no-rad-4,
// drop-ipc-3, wrong-orc-pair) are applied here; peers not configured are the outbox's business.
std::vector<OutboundHl7> messages_for(const OrderChange& change, const FaultSwitches& faults,
                                      std::string_view version);

}  // namespace ihe::actors
