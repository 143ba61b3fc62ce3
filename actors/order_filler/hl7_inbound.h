#pragma once

#include "actors/common/fault_switches.h"
#include "actors/common/hl7_link/hl7_answer.h"
#include "actors/common/hl7_link/hl7_receiver.h"
#include "actors/order_filler/config.h"
#include "actors/order_filler/order_workflow.h"

// The HL7 transactions the Order Filler receives, each turned into one OrderWorkflow change. Content the
// workflow refuses is answered AE with the ERR-3 code of HL7 table 0357 and the reason in ERR-8 and MSA-3;
// a refused change has changed nothing. Unknown triggers (AR 201), a version below the configured one
// (AR 203) and missing required segments (AE 101) are the Hl7Receiver's own answers.
namespace ihe::actors {

// RAD-1 Patient Registration (A01 A04 A05 register or update the patient; A11 A38 acknowledged) and RAD-12
// Patient Update (A08 new demographics, unknown patient AE 204; A40 merge, prior = surviving AE 205,
// unknown prior AE 204; A02 A03 A06 A07 A12 A13 acknowledged: the filler keeps no visits). Faults
// ignore-a08 and ignore-a40 acknowledge AA and apply nothing.
void serve_patient_events(Hl7Receiver& receiver, OrderWorkflow& workflow, const FaultSwitches& faults);

// RAD-2 Placer Order Management: OMG^O19 answered with ORG^O20 (2.5.1), or ORM^O01 answered with ORR^O02
// when the configuration says 2.3.1. ORC-1 NW schedules the order (OK with the filler order number; a
// duplicate placer number UA + AE 205), CA cancels it (CR; unknown order or a started step UC + AE).
// Fault accept-unreadable-order acknowledges AA what cannot be read, and drops it.
void serve_placer_orders(Hl7Receiver& receiver, OrderWorkflow& workflow, const OrderFillerHl7Config& config,
                         const FaultSwitches& faults);

// AE with the table 0357 code a refusal stands for, at `location`, the reason as ERR-8 and MSA-3.
Hl7Answer refusal_answer(const ChangeResult& result, hl7::ErrorLocation location);

}  // namespace ihe::actors
