#pragma once

#include <string>

#include "scenarios/engine/exchange_registry.h"

namespace ihe::scenarios {

// Waits for the next record of `transaction` the harness's servers publish after the scenario's last
// awaited one. None within the deadline: the SUT stayed silent (unreachable, with a Timeout evidence).
// Found: values "peer", "summary", "outcome".
StepOutcome await_record(ExchangeContext& context, const std::string& transaction);

}  // namespace ihe::scenarios
