#include "tests/component/dicom_scu/scripted_peer.h"

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <stdexcept>

namespace ihe::test {
namespace {

bool read_exact(int socket, std::uint8_t* out, std::size_t size) {
  std::size_t done = 0;
  while (done < size) {
    pollfd fd{socket, POLLIN, 0};
    if (poll(&fd, 1, 5000) <= 0) return false;
    const ssize_t n = ::read(socket, out + done, size - done);
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

void put16(std::vector<std::uint8_t>& out, std::uint16_t v) {
  out.push_back(static_cast<std::uint8_t>(v >> 8));
  out.push_back(static_cast<std::uint8_t>(v));
}

void put32(std::vector<std::uint8_t>& out, std::uint32_t v) {
  put16(out, static_cast<std::uint16_t>(v >> 16));
  put16(out, static_cast<std::uint16_t>(v));
}

// A variable item: type, reserved, 2-byte length, content (PS3.8 9.3.2.x).
void put_item(std::vector<std::uint8_t>& out, std::uint8_t type, const std::vector<std::uint8_t>& content) {
  out.push_back(type);
  out.push_back(0);
  put16(out, static_cast<std::uint16_t>(content.size()));
  out.insert(out.end(), content.begin(), content.end());
}

std::vector<std::uint8_t> bytes_of(const std::string& text) { return {text.begin(), text.end()}; }

std::vector<std::uint8_t> pdu(std::uint8_t type, const std::vector<std::uint8_t>& body) {
  std::vector<std::uint8_t> out{type, 0};
  put32(out, static_cast<std::uint32_t>(body.size()));
  out.insert(out.end(), body.begin(), body.end());
  return out;
}

}  // namespace

ScriptedPeer::ScriptedPeer(Script script) {
  listen_socket_ = socket(AF_INET, SOCK_STREAM, 0);
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  socklen_t len = sizeof addr;
  if (bind(listen_socket_, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 || listen(listen_socket_, 4) != 0 ||
      getsockname(listen_socket_, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
    throw std::runtime_error("scripted peer cannot listen on 127.0.0.1");
  port_ = ntohs(addr.sin_port);
  thread_ = std::thread([this, script = std::move(script)] {
    pollfd fd{listen_socket_, POLLIN, 0};
    while (!stopping_ && poll(&fd, 1, 50) == 0) {
    }
    if (stopping_) return;
    const int connection = accept(listen_socket_, nullptr, nullptr);
    if (connection < 0) return;
    script(connection, *this);
    close(connection);
  });
}

ScriptedPeer::~ScriptedPeer() {
  stopping_ = true;
  thread_.join();
  close(listen_socket_);
}

std::optional<Pdu> ScriptedPeer::read_pdu(int socket) {
  std::uint8_t header[6];
  if (!read_exact(socket, header, sizeof header)) return std::nullopt;
  const std::uint32_t length = (std::uint32_t{header[2]} << 24) | (std::uint32_t{header[3]} << 16) |
                               (std::uint32_t{header[4]} << 8) | header[5];
  Pdu result{header[0], std::vector<std::uint8_t>(length)};
  if (!read_exact(socket, result.body.data(), length)) return std::nullopt;
  return result;
}

void ScriptedPeer::write_all(int socket, const std::vector<std::uint8_t>& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::send(socket, bytes.data() + done, bytes.size() - done, MSG_NOSIGNAL);
    if (n <= 0) return;
    done += static_cast<std::size_t>(n);
  }
}

std::vector<std::uint8_t> ScriptedPeer::associate_rj(std::uint8_t result, std::uint8_t source, std::uint8_t reason) {
  return pdu(0x03, {0, result, source, reason});
}

std::vector<std::uint8_t> ScriptedPeer::abort_pdu() { return pdu(0x07, {0, 0, 0, 0}); }

std::vector<std::uint8_t> ScriptedPeer::associate_ac_first_context() {
  std::vector<std::uint8_t> body;
  put16(body, 0x0001);  // protocol version
  put16(body, 0);
  const std::string called = "SCRIPTED        ";
  const std::string calling = "HARNESS         ";
  body.insert(body.end(), called.begin(), called.end());
  body.insert(body.end(), calling.begin(), calling.end());
  body.insert(body.end(), 32, 0);
  put_item(body, 0x10, bytes_of("1.2.840.10008.3.1.1.1"));  // DICOM application context (PS3.7 A.2.1)
  std::vector<std::uint8_t> context{1, 0, 0, 0};            // id 1, reserved, result 0 = acceptance, reserved
  put_item(context, 0x40, bytes_of("1.2.840.10008.1.2"));
  put_item(body, 0x21, context);
  std::vector<std::uint8_t> max_length;
  put32(max_length, 16384);
  std::vector<std::uint8_t> user_information;
  put_item(user_information, 0x51, max_length);
  put_item(user_information, 0x52, bytes_of("1.2.826.0.1.3680043.2.1545.1"));
  put_item(body, 0x50, user_information);
  return pdu(0x02, body);
}

}  // namespace ihe::test

namespace ihe::test {

std::vector<std::uint8_t> ScriptedPeer::p_data(std::uint8_t context_id, bool command,
                                               const std::vector<std::uint8_t>& bytes) {
  std::vector<std::uint8_t> item;
  put32(item, static_cast<std::uint32_t>(bytes.size() + 2));
  item.push_back(context_id);
  item.push_back(command ? 0x03 : 0x02);  // last fragment, command or data set (PS3.8 E.2)
  item.insert(item.end(), bytes.begin(), bytes.end());
  return pdu(0x04, item);
}

void ImplicitLittleEndian::put(std::uint16_t group, std::uint16_t element, const std::vector<std::uint8_t>& value) {
  const std::uint32_t length = static_cast<std::uint32_t>(value.size());
  for (const std::uint32_t word : {std::uint32_t{group}, std::uint32_t{element}}) {
    bytes_.push_back(static_cast<std::uint8_t>(word));
    bytes_.push_back(static_cast<std::uint8_t>(word >> 8));
  }
  for (int shift = 0; shift < 32; shift += 8) bytes_.push_back(static_cast<std::uint8_t>(length >> shift));
  bytes_.insert(bytes_.end(), value.begin(), value.end());
}

ImplicitLittleEndian& ImplicitLittleEndian::us(std::uint16_t group, std::uint16_t element, std::uint16_t value) {
  put(group, element, {static_cast<std::uint8_t>(value), static_cast<std::uint8_t>(value >> 8)});
  return *this;
}

ImplicitLittleEndian& ImplicitLittleEndian::ui(std::uint16_t group, std::uint16_t element, const std::string& uid) {
  std::vector<std::uint8_t> value(uid.begin(), uid.end());
  if (value.size() % 2 != 0) value.push_back(0);  // UI pads with NUL (PS3.5 6.2)
  put(group, element, value);
  return *this;
}

std::vector<std::uint8_t> ImplicitLittleEndian::command() const {
  ImplicitLittleEndian with_length;
  const auto length = static_cast<std::uint32_t>(bytes_.size());
  with_length.put(0x0000, 0x0000, {static_cast<std::uint8_t>(length), static_cast<std::uint8_t>(length >> 8),
                                   static_cast<std::uint8_t>(length >> 16), static_cast<std::uint8_t>(length >> 24)});
  with_length.bytes_.insert(with_length.bytes_.end(), bytes_.begin(), bytes_.end());
  return with_length.bytes_;
}

std::optional<std::uint16_t> ImplicitLittleEndian::find_us(const std::vector<std::uint8_t>& bytes,
                                                           std::uint16_t group, std::uint16_t element) {
  std::size_t at = 0;
  while (at + 8 <= bytes.size()) {
    const std::uint16_t g = static_cast<std::uint16_t>(bytes[at] | bytes[at + 1] << 8);
    const std::uint16_t e = static_cast<std::uint16_t>(bytes[at + 2] | bytes[at + 3] << 8);
    const std::uint32_t length = std::uint32_t{bytes[at + 4]} | std::uint32_t{bytes[at + 5]} << 8 |
                                 std::uint32_t{bytes[at + 6]} << 16 | std::uint32_t{bytes[at + 7]} << 24;
    if (g == group && e == element && length == 2 && at + 10 <= bytes.size())
      return static_cast<std::uint16_t>(bytes[at + 8] | bytes[at + 9] << 8);
    at += 8 + length;
  }
  return std::nullopt;
}

}  // namespace ihe::test
