#pragma once

#include <atomic>
#include <chrono>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace ihe::test {

// One PDU as read from the wire (PS3.8 9.3.1): its type and the bytes after the 6-byte header.
struct Pdu {
  std::uint8_t type = 0;
  std::vector<std::uint8_t> body;
};

// A DICOM "peer" written byte by byte: it listens on 127.0.0.1 (a port of its own choosing), accepts one
// connection and runs its script on the socket. The script is what makes it misbehave.
class ScriptedPeer {
 public:
  using Script = std::function<void(int socket, ScriptedPeer& peer)>;
  explicit ScriptedPeer(Script script);
  ~ScriptedPeer();
  ScriptedPeer(const ScriptedPeer&) = delete;
  ScriptedPeer& operator=(const ScriptedPeer&) = delete;

  std::uint16_t port() const { return port_; }
  // True once the test is over: scripts that hold the connection open poll this.
  bool stopping() const { return stopping_; }

  // Reads one whole PDU, nullopt on EOF, error or after 5 s.
  static std::optional<Pdu> read_pdu(int socket);
  static void write_all(int socket, const std::vector<std::uint8_t>& bytes);

  // PDUs a peer sends (PS3.8 9.3.3 - 9.3.8).
  static std::vector<std::uint8_t> associate_rj(std::uint8_t result, std::uint8_t source, std::uint8_t reason);
  static std::vector<std::uint8_t> abort_pdu();
  // An A-ASSOCIATE-AC accepting presentation context 1 with Implicit VR Little Endian.
  static std::vector<std::uint8_t> associate_ac_first_context();

 private:
  int listen_socket_ = -1;
  std::uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

}  // namespace ihe::test
