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
  // A P-DATA-TF with one PDV, the last fragment of a command or a data set (PS3.8 9.3.5, E.2).
  static std::vector<std::uint8_t> p_data(std::uint8_t context_id, bool command, const std::vector<std::uint8_t>& bytes);

 private:
  int listen_socket_ = -1;
  std::uint16_t port_ = 0;
  std::atomic<bool> stopping_{false};
  std::thread thread_;
};

// A DIMSE command set or data set in Implicit VR Little Endian (PS3.7 6.3.1, PS3.5 7.1.3), written and read
// by the scripted peers.
class ImplicitLittleEndian {
 public:
  ImplicitLittleEndian& us(std::uint16_t group, std::uint16_t element, std::uint16_t value);
  ImplicitLittleEndian& ui(std::uint16_t group, std::uint16_t element, const std::string& uid);
  // The bytes; a command set gets its (0000,0000) group length in front (PS3.7 E.1).
  std::vector<std::uint8_t> command() const;
  std::vector<std::uint8_t> dataset() const { return bytes_; }
  // The US value of (group,element) in encoded bytes, nullopt when absent.
  static std::optional<std::uint16_t> find_us(const std::vector<std::uint8_t>& bytes, std::uint16_t group,
                                              std::uint16_t element);

 private:
  void put(std::uint16_t group, std::uint16_t element, const std::vector<std::uint8_t>& value);
  std::vector<std::uint8_t> bytes_;
};

}  // namespace ihe::test
