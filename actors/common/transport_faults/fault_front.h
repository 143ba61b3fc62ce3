#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace ihe::actors {

// What the fault front does to a client that connects to it, instead of (or while) relaying to the actor
// behind it. These are the transport-level defects of a system under test (issue 7): the harness must end
// each in a verdict with evidence within its deadline and go on with the next scenario.
enum class TransportFault {
  refuse,            // nothing listens on the port: connect fails at once
  silent,            // the connection is accepted, then nothing is ever said or read
  abort,             // relays the first exchange, then closes on the client's next bytes (mid-association)
  associate_reject,  // answers the first DICOM PDU with A-ASSOCIATE-RJ (PS3.8 9.3.4) and closes
  garbage,           // answers the first bytes with bytes no DICOM PDU or MLLP frame starts with
  slow_drip,         // relays, but the actor's answers trickle back a few bytes per interval
};

struct TransportFaultInfo {
  TransportFault fault;
  std::string_view name;  // kebab-case, as the detection matrix lists it: "transport-refuse"
  std::string_view description;
};

// Every transport fault, in the order above.
std::span<const TransportFaultInfo> transport_faults();
// The fault named `name`, or none.
std::optional<TransportFault> transport_fault_named(std::string_view name);

struct FaultFrontConfig {
  TransportFault fault = TransportFault::refuse;
  std::uint16_t port = 0;  // on 127.0.0.1, where the harness connects; 0: a free port
  std::string upstream_host = "127.0.0.1";
  std::uint16_t upstream_port = 0;  // the actor behind the front
  std::size_t drip_bytes = 4;
  std::chrono::milliseconds drip_interval{500};
};

// A TCP proxy on loopback between the harness and one actor, committing one transport fault, so that
// every actor can be a misbehaving target without being edited. Runs its own thread; stop() (or the
// destructor) closes every connection it holds.
class FaultFront {
 public:
  explicit FaultFront(FaultFrontConfig config);
  ~FaultFront();
  FaultFront(const FaultFront&) = delete;
  FaultFront& operator=(const FaultFront&) = delete;

  // Binds and starts serving (refuse: binds nothing). Throws ihe::HarnessError when the port is taken.
  void start();
  void stop();
  // The port the front listens on (after start()).
  std::uint16_t port() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace ihe::actors
