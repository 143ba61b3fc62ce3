#pragma once

#include <atomic>
#include <cstdint>
#include <string>

namespace ihe::actors {

// Identifiers our actors put on the wire. Unique per run and, through a prefix taken from the start time
// and the process id, distinct from an earlier or parallel run, so a peer's log never confuses two runs.
class IdFactory {
 public:
  IdFactory();
  // An HL7 MSH-10 message control id: at most 20 characters (the ST length of MSH-10 in HL7 v2.5.1).
  std::string control_id();

 private:
  std::string prefix_;
  std::atomic<std::uint64_t> next_{1};
};

}  // namespace ihe::actors
