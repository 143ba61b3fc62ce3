#pragma once

#include <chrono>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace ihe::test {

using Bytes = std::vector<std::uint8_t>;

// A DICOM upper-layer peer written by hand from PS3.8 9.3 (PDU layouts) and PS3.7 6.3 / E.1 (command set in
// Implicit VR Little Endian): it sends exactly the bytes a test scripts, including illegal and truncated
// ones, so the SCP is tested against a peer that shares none of its code.
class ScriptedPeer {
 public:
  struct ProposedContext {
    std::uint8_t id = 1;
    std::string abstract_syntax;
    std::vector<std::string> transfer_syntaxes{"1.2.840.10008.1.2"};  // Implicit VR Little Endian
  };
  struct AssociateAnswer {
    std::uint8_t pdu_type = 0;                           // 0x02 AC, 0x03 RJ, 0 nothing
    std::uint8_t reject_result = 0, reject_source = 0, reject_reason = 0;  // PS3.8 Table 9-21
    std::map<std::uint8_t, std::uint8_t> context_results;  // PC ID -> result (0 acceptance, 3 abstract syntax not supported)
    bool role_selection = false;  // the A-ASSOCIATE-AC carried an SCP/SCU Role Selection sub-item (0x54)
  };
  // One DIMSE message received: command elements (group 0000) by element number, and the data set bytes.
  struct Message {
    std::map<std::uint16_t, Bytes> command;
    Bytes dataset;
    std::uint16_t us(std::uint16_t element) const;
    std::string ui(std::uint16_t element) const;
  };

  explicit ScriptedPeer(std::uint16_t port);
  ~ScriptedPeer();
  ScriptedPeer(const ScriptedPeer&) = delete;
  ScriptedPeer& operator=(const ScriptedPeer&) = delete;
  int socket() const { return fd_; }

  AssociateAnswer associate(const std::string& calling_ae, const std::string& called_ae,
                            const std::vector<ProposedContext>& contexts);
  // Sends a command (elements: number -> encoded value) and an optional data set, each as one PDV.
  void send_message(std::uint8_t context_id, std::map<std::uint16_t, Bytes> command, const Bytes& dataset = {});
  std::optional<Message> receive_message(std::chrono::milliseconds timeout = std::chrono::seconds(5));
  bool release(std::chrono::milliseconds timeout = std::chrono::seconds(5));
  void send_raw(const Bytes& bytes);
  // The next PDU's type byte, or nullopt on timeout or when the server closed the connection.
  std::optional<std::uint8_t> next_pdu_type(std::chrono::milliseconds timeout, Bytes* body = nullptr);
  // True when the server closed the connection (EOF) within the timeout.
  bool closed_by_server(std::chrono::milliseconds timeout);

  // Value encoders for command elements.
  static Bytes us(std::uint16_t value);
  static Bytes ui(const std::string& uid);
  // A one-element Implicit VR Little Endian data set (short text value, padded to even length).
  static Bytes element(std::uint16_t group, std::uint16_t element, const std::string& value);
  static Bytes pdata(std::uint8_t context_id, bool command, bool last, const Bytes& fragment);
  static Bytes abort_pdu();

 private:
  bool read_exact(std::uint8_t* to, std::size_t n, std::chrono::steady_clock::time_point deadline);
  int fd_ = -1;
};

}  // namespace ihe::test
