#pragma once

#include <string>

#include "scenarios/engine/exchange_registry.h"

namespace ihe::scenarios {

// Waits for the next record of `transaction` the harness's servers publish after the scenario's last
// awaited one. None within the deadline: the SUT stayed silent (unreachable, with a Timeout evidence).
// Found: values "peer", "summary", "outcome".
StepOutcome await_record(ExchangeContext& context, const std::string& transaction);

// await RAD-10 against a modality SUT: its storage commitment request (await_record), then the delivery of
// the harness Image Manager's N-EVENT-REPORT to the SUT's own AE on a new association. The modality must
// accept it (PS3.4 J.3.3.1.2; RAD TF-2 4.10): a refused, aborted or unanswered report is a finding.
// Values: those of the request, and "report" (the delivery outcome, "0x0000" when accepted).
StepOutcome await_commitment(ExchangeContext& context);

}  // namespace ihe::scenarios
