#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace ihe::actors {

// HL7 v2.5.1 2.9: original mode answers with AA/AE/AR after processing; enhanced mode asks for an accept
// acknowledgement (MSH-15 AL, MSH-16 NE here: no application acknowledgement) answered with CA/CE/CR. IHE
// Radiology uses original mode only (RAD TF-2 2.4.1); enhanced exists to test peers that insist on it.
enum class AckMode { Original, Enhanced };

// One HL7 peer we send to, and who we say we are (RAD TF-2 2.4.2 MSH: MSH-3..6 R).
struct Hl7PeerSettings {
  std::string host = "127.0.0.1";
  std::uint16_t port = 0;
  std::string sending_application = "IHE_HARNESS";  // MSH-3
  std::string sending_facility = "HARNESS";         // MSH-4
  std::string receiving_application;                // MSH-5
  std::string receiving_facility;                   // MSH-6
  std::string version = "2.5.1";                    // MSH-12: "2.5.1" SWF.b, "2.3.1" legacy SWF
  AckMode ack_mode = AckMode::Original;
  std::chrono::milliseconds timeout = std::chrono::seconds(10);  // each send(): connect (if needed) + ACK
};

}  // namespace ihe::actors
