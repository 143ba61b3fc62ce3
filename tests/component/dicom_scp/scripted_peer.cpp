#include "tests/component/dicom_scp/scripted_peer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace ihe::test {
namespace {

void put16be(Bytes& b, std::uint16_t v) {
  b.push_back(static_cast<std::uint8_t>(v >> 8));
  b.push_back(static_cast<std::uint8_t>(v));
}
void put32be(Bytes& b, std::uint32_t v) {
  for (int shift = 24; shift >= 0; shift -= 8) b.push_back(static_cast<std::uint8_t>(v >> shift));
}
void put16le(Bytes& b, std::uint16_t v) {
  b.push_back(static_cast<std::uint8_t>(v));
  b.push_back(static_cast<std::uint8_t>(v >> 8));
}
void put32le(Bytes& b, std::uint32_t v) {
  for (int shift = 0; shift <= 24; shift += 8) b.push_back(static_cast<std::uint8_t>(v >> shift));
}
std::uint32_t get32be(const std::uint8_t* p) {
  return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | p[3];
}
std::uint16_t get16be(const std::uint8_t* p) { return static_cast<std::uint16_t>((p[0] << 8) | p[1]); }
std::uint16_t get16le(const std::uint8_t* p) { return static_cast<std::uint16_t>(p[0] | (p[1] << 8)); }
std::uint32_t get32le(const std::uint8_t* p) {
  return std::uint32_t{p[0]} | (std::uint32_t{p[1]} << 8) | (std::uint32_t{p[2]} << 16) | (std::uint32_t{p[3]} << 24);
}

// PS3.8 9.3.2.2.1 sub-items: type, reserved, 2-byte length, value.
void item(Bytes& b, std::uint8_t type, const Bytes& value) {
  b.push_back(type);
  b.push_back(0);
  put16be(b, static_cast<std::uint16_t>(value.size()));
  b.insert(b.end(), value.begin(), value.end());
}
Bytes text(const std::string& s) { return {s.begin(), s.end()}; }
void ae(Bytes& b, const std::string& title) {
  std::string padded = title;
  padded.resize(16, ' ');
  b.insert(b.end(), padded.begin(), padded.end());
}

}  // namespace

std::uint16_t ScriptedPeer::Message::us(std::uint16_t element) const {
  const auto it = command.find(element);
  return it == command.end() || it->second.size() < 2 ? 0xFFFF : get16le(it->second.data());
}

std::string ScriptedPeer::Message::ui(std::uint16_t element) const {
  const auto it = command.find(element);
  if (it == command.end()) return {};
  std::string s(it->second.begin(), it->second.end());
  while (!s.empty() && (s.back() == '\0' || s.back() == ' ')) s.pop_back();
  return s;
}

ScriptedPeer::ScriptedPeer(std::uint16_t port) {
  fd_ = ::socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_port = htons(port);
  address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd_ < 0 || ::connect(fd_, reinterpret_cast<sockaddr*>(&address), sizeof address) != 0)
    throw std::runtime_error("ScriptedPeer: cannot connect to 127.0.0.1:" + std::to_string(port));
}

ScriptedPeer::~ScriptedPeer() {
  if (fd_ >= 0) ::close(fd_);
}

void ScriptedPeer::send_raw(const Bytes& bytes) {
  std::size_t sent = 0;
  while (sent < bytes.size()) {
    const auto n = ::send(fd_, bytes.data() + sent, bytes.size() - sent, MSG_NOSIGNAL);
    if (n <= 0) return;  // the server may have closed; the test checks what it observed
    sent += static_cast<std::size_t>(n);
  }
}

bool ScriptedPeer::read_exact(std::uint8_t* to, std::size_t n, std::chrono::steady_clock::time_point deadline) {
  std::size_t got = 0;
  while (got < n) {
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    if (left.count() <= 0) return false;
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, static_cast<int>(left.count())) <= 0) return false;
    const auto r = ::recv(fd_, to + got, n - got, 0);
    if (r <= 0) return false;
    got += static_cast<std::size_t>(r);
  }
  return true;
}

std::optional<std::uint8_t> ScriptedPeer::next_pdu_type(std::chrono::milliseconds timeout, Bytes* body) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::uint8_t header[6];
  if (!read_exact(header, 6, deadline)) return std::nullopt;
  Bytes content(get32be(header + 2));
  if (!read_exact(content.data(), content.size(), deadline)) return std::nullopt;
  if (body != nullptr) *body = std::move(content);
  return header[0];
}

bool ScriptedPeer::closed_by_server(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  std::uint8_t byte;
  while (std::chrono::steady_clock::now() < deadline) {
    pollfd p{fd_, POLLIN, 0};
    if (::poll(&p, 1, 50) > 0) {
      const auto r = ::recv(fd_, &byte, 1, 0);
      if (r <= 0) return true;  // EOF or reset
    }
  }
  return false;
}

ScriptedPeer::AssociateAnswer ScriptedPeer::associate(const std::string& calling_ae, const std::string& called_ae,
                                                      const std::vector<ProposedContext>& contexts) {
  Bytes variable;
  item(variable, 0x10, text("1.2.840.10008.3.1.1.1"));  // DICOM application context name (PS3.7 A.2.1)
  for (const auto& pc : contexts) {
    Bytes value{pc.id, 0, 0, 0};
    item(value, 0x30, text(pc.abstract_syntax));
    for (const auto& ts : pc.transfer_syntaxes) item(value, 0x40, text(ts));
    item(variable, 0x20, value);
  }
  Bytes user;
  Bytes max_length;
  put32be(max_length, 16384);
  item(user, 0x51, max_length);
  item(user, 0x52, text("1.2.826.0.1.3680043.9.7156.1"));  // implementation class UID of this test peer
  item(variable, 0x50, user);

  Bytes body;
  put16be(body, 1);  // protocol version
  put16be(body, 0);
  ae(body, called_ae);
  ae(body, calling_ae);
  body.resize(body.size() + 32, 0);
  body.insert(body.end(), variable.begin(), variable.end());
  Bytes pdu{0x01, 0};
  put32be(pdu, static_cast<std::uint32_t>(body.size()));
  pdu.insert(pdu.end(), body.begin(), body.end());
  send_raw(pdu);

  AssociateAnswer answer;
  Bytes reply;
  const auto type = next_pdu_type(std::chrono::seconds(5), &reply);
  if (!type) return answer;
  answer.pdu_type = *type;
  if (*type == 0x03 && reply.size() >= 4) {
    answer.reject_result = reply[1];
    answer.reject_source = reply[2];
    answer.reject_reason = reply[3];
  } else if (*type == 0x02) {
    for (std::size_t at = 68; at + 4 <= reply.size();) {
      const std::uint16_t length = get16be(&reply[at + 2]);
      if (reply[at] == 0x21 && at + 8 <= reply.size()) answer.context_results[reply[at + 4]] = reply[at + 6];
      if (reply[at] == 0x50) {  // user information: look through its sub-items
        for (std::size_t sub = at + 4; sub + 4 <= at + 4 + length && sub + 4 <= reply.size();) {
          if (reply[sub] == 0x54) answer.role_selection = true;
          sub += 4 + get16be(&reply[sub + 2]);
        }
      }
      at += 4 + length;
    }
  }
  return answer;
}

Bytes ScriptedPeer::pdata(std::uint8_t context_id, bool command, bool last, const Bytes& fragment) {
  Bytes pdv;
  put32be(pdv, static_cast<std::uint32_t>(fragment.size() + 2));
  pdv.push_back(context_id);
  pdv.push_back(static_cast<std::uint8_t>((command ? 1 : 0) | (last ? 2 : 0)));  // PS3.8 E.2
  pdv.insert(pdv.end(), fragment.begin(), fragment.end());
  Bytes pdu{0x04, 0};
  put32be(pdu, static_cast<std::uint32_t>(pdv.size()));
  pdu.insert(pdu.end(), pdv.begin(), pdv.end());
  return pdu;
}

void ScriptedPeer::send_message(std::uint8_t context_id, std::map<std::uint16_t, Bytes> command, const Bytes& dataset) {
  // CommandDataSetType (PS3.7 E.1-1), unless the script sets it (to announce a data set it will not send).
  if (command.count(0x0800) == 0) command[0x0800] = us(dataset.empty() ? 0x0101 : 0x0000);
  Bytes elements;
  for (const auto& [number, value] : command) {
    put16le(elements, 0x0000);
    put16le(elements, number);
    put32le(elements, static_cast<std::uint32_t>(value.size()));
    elements.insert(elements.end(), value.begin(), value.end());
  }
  Bytes encoded;
  put16le(encoded, 0x0000);
  put16le(encoded, 0x0000);
  put32le(encoded, 4);
  put32le(encoded, static_cast<std::uint32_t>(elements.size()));  // CommandGroupLength
  encoded.insert(encoded.end(), elements.begin(), elements.end());
  send_raw(pdata(context_id, true, true, encoded));
  if (!dataset.empty()) send_raw(pdata(context_id, false, true, dataset));
}

std::optional<ScriptedPeer::Message> ScriptedPeer::receive_message(std::chrono::milliseconds timeout) {
  const auto deadline = std::chrono::steady_clock::now() + timeout;
  Message message;
  bool command_done = false;
  bool data_expected = true;
  Bytes command;
  while (!command_done || data_expected) {
    Bytes body;
    const auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
    const auto type = next_pdu_type(left, &body);
    if (!type || *type != 0x04) return std::nullopt;
    for (std::size_t at = 0; at + 6 <= body.size();) {
      const std::uint32_t length = get32be(&body[at]);
      const std::uint8_t control = body[at + 5];
      Bytes& into = (control & 1) ? command : message.dataset;
      into.insert(into.end(), body.begin() + static_cast<long>(at + 6), body.begin() + static_cast<long>(at + 4 + length));
      if ((control & 1) && (control & 2)) command_done = true;
      if (!(control & 1) && (control & 2)) data_expected = false;
      at += 4 + length;
    }
    if (command_done && data_expected) {
      for (std::size_t at = 0; at + 8 <= command.size();) {
        const std::uint16_t element = get16le(&command[at + 2]);
        const std::uint32_t length = get32le(&command[at + 4]);
        message.command[element] = Bytes(command.begin() + static_cast<long>(at + 8),
                                         command.begin() + static_cast<long>(at + 8 + length));
        at += 8 + length;
      }
      data_expected = message.us(0x0800) != 0x0101;
    }
  }
  return message;
}

bool ScriptedPeer::release(std::chrono::milliseconds timeout) {
  send_raw({0x05, 0, 0, 0, 0, 4, 0, 0, 0, 0});
  const auto type = next_pdu_type(timeout);
  return type && *type == 0x06;
}

Bytes ScriptedPeer::us(std::uint16_t value) {
  Bytes b;
  put16le(b, value);
  return b;
}

Bytes ScriptedPeer::ui(const std::string& uid) {
  Bytes b(uid.begin(), uid.end());
  if (b.size() % 2 != 0) b.push_back(0);
  return b;
}

Bytes ScriptedPeer::element(std::uint16_t group, std::uint16_t element_number, const std::string& value) {
  Bytes b;
  put16le(b, group);
  put16le(b, element_number);
  std::string padded = value;
  if (padded.size() % 2 != 0) padded.push_back(' ');
  put32le(b, static_cast<std::uint32_t>(padded.size()));
  b.insert(b.end(), padded.begin(), padded.end());
  return b;
}

Bytes ScriptedPeer::abort_pdu() { return {0x07, 0, 0, 0, 0, 4, 0, 0, 0, 0}; }

}  // namespace ihe::test
