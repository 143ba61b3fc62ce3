#pragma once

#include <string>

namespace ihe::actors {

// Our running implementation of one IHE actor: the counterpart of a system under test, a stand-in for a
// system a site does not have yet, and the demo's embedded target.
class SimulatedActor {
 public:
  virtual ~SimulatedActor() = default;
  // Opens the actor's listeners. Throws ihe::HarnessError (one line naming the port) when it cannot.
  virtual void start() = 0;
  // Closes listeners and waits for work in flight; returns promptly even with peers connected.
  virtual void stop() = 0;
  // One line for the console: role, AE title, ports.
  virtual std::string describe() const = 0;
};

}  // namespace ihe::actors
