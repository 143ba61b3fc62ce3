#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "actors/common/simulated_actor.h"
#include "actors/common/transaction_log.h"
#include "reports/model/target.h"
#include "scenarios/engine/operator.h"

namespace ihe::app {

// A loopback port nobody listens on and that this process has not handed out before: the kernel's pick for
// port 0, remembered, so concurrent SUTs (the fault matrix runs rows side by side) never share a port that
// is picked now and bound later (the harness binds its listeners on first use).
std::uint16_t free_port();

struct OwnSutOptions {
  int timeout_seconds = 5;                         // the target's timeout: our actors answer in milliseconds
  std::filesystem::path work;                      // parent of the work folder (default: the temp directory)
  const std::atomic<bool>* interrupted = nullptr;  // set on Ctrl-C: operator steps answer not done
};

// One of our own simulated actors as the system under test of one SUT role (image-manager, order-filler,
// acquisition-modality), with the given fault switches on: the actor, the Target pointing at it (fresh
// loopback ports for the SUT and for every harness endpoint the role's exchanges use), the log it
// publishes to, its work folder (removed with it) and how operator steps are answered. The constructor
// picks ports and builds the actor; start() opens its listeners; the destructor stops it.
class OwnSut {
 public:
  OwnSut(const std::string& role, const std::vector<std::string>& faults, OwnSutOptions options = {});
  ~OwnSut();
  OwnSut(const OwnSut&) = delete;
  OwnSut& operator=(const OwnSut&) = delete;

  void start();
  void stop();
  std::string describe() const { return actor_->describe(); }

  // The SUT roles we have an actor for, in the order demo and matrix run them.
  static const std::vector<std::string>& roles();

  reports::Target target;
  actors::TransactionLog log;
  const std::filesystem::path folder;
  scenarios::OperatorFn operator_fn;  // the modality runs its workflow; other roles expect no operator step

 private:
  std::atomic<bool> never_interrupted_{false};
  std::unique_ptr<actors::SimulatedActor> actor_;
  bool started_ = false;
};

}  // namespace ihe::app
