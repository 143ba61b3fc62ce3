#pragma once

#include <atomic>
#include <cstdint>
#include <mutex>
#include <random>
#include <string>

namespace ihe::actors {

// Identifiers our simulated actors put on the wire: DICOM UIDs, accession numbers and step ids, HL7
// message control ids. Ids other than UIDs carry a prefix taken from the start time and the process id,
// so that a peer's log never confuses two runs. Thread-safe.
class IdFactory {
 public:
  IdFactory();
  // A new UID under the 2.25 root (PS3.5 B.2): "2.25." followed by the decimal form of a random 128-bit
  // UUID (RFC 4122 version 4). At most 44 characters, within the 64 of the UI VR (PS3.5 6.2).
  std::string uid();
  // An Accession Number (0008,0050), or a Requested Procedure / SPS / PPS ID: at most 16 characters (SH,
  // PS3.5 6.2). `letter` starts it ('A' accession, 'P' PPS ID ...), then 6 base-36 digits of the start
  // second, 2 of the process id and a counter shared by every factory of the process: distinct from earlier
  // and parallel runs, and between two factories made in the same second (the scenario engine's variables
  // and the harness's modality each have one).
  std::string short_id(char letter);
  std::string accession_number() { return short_id('A'); }
  std::string pps_id() { return short_id('P'); }
  // An HL7 MSH-10 message control id: at most 20 characters (the ST length of MSH-10 in HL7 v2.5.1).
  std::string control_id();

 private:
  std::mutex mutex_;
  std::mt19937_64 random_;
  std::string run_prefix_;
  std::atomic<std::uint64_t> next_control_{1};
};

// The decimal digits of the unsigned 128-bit number high * 2^64 + low (no leading zeros, PS3.5 9.1).
std::string decimal_128(std::uint64_t high, std::uint64_t low);

}  // namespace ihe::actors
