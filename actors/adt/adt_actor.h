#pragma once

#include <chrono>
#include <memory>
#include <vector>

#include "actors/adt/adt_config.h"
#include "actors/common/fault_switches.h"
#include "actors/common/hl7_link/background_script.h"
#include "actors/common/hl7_link/hl7_sender.h"
#include "actors/common/id_factory.h"
#include "actors/common/simulated_actor.h"
#include "actors/common/transaction_log.h"

namespace ihe::actors {

// The simulated ADT Patient Registration actor: sends RAD-1 (A01 A04 A05 A11 A38) and RAD-12 (A02 A03 A06
// A07 A08 A12 A13 A40) to the Order Placer and the Order Filler (RAD TF-1, digest 1.1). It has no
// listener: start() only sends the configured events, on a thread of its own, so that a slow peer never
// delays the console. Scenario code calls send() instead.
class AdtActor : public SimulatedActor {
 public:
  AdtActor(AdtConfig config, FaultSwitches faults, TransactionLog& log);
  ~AdtActor() override;

  void start() override;
  // Stops after the event in flight (each exchange is bounded by the configured timeout).
  void stop() override;
  std::string describe() const override;

  // Blocking: `event` to every destination in configured order, one exchange each (also when an earlier
  // destination failed). Thread-safe.
  std::vector<Hl7Exchange> send(const AdtEvent& event);
  // Waits until every configured event went to every destination, or `timeout` passes. True when done.
  bool wait_scripted(std::chrono::milliseconds timeout);

  const AdtConfig& config() const { return config_; }

 private:
  AdtConfig config_;
  FaultSwitches faults_;
  IdFactory ids_;
  std::vector<std::unique_ptr<Hl7Sender>> senders_;
  BackgroundScript script_;  // last: stopped before the senders go
};

}  // namespace ihe::actors
