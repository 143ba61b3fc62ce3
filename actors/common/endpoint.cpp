#include "actors/common/endpoint.h"

#include <cctype>
#include <charconv>

#include "base/harness_error.h"

namespace ihe::actors {
namespace {

[[noreturn]] void fail(std::string_view text, std::string_view problem) {
  throw HarnessError("'" + std::string(text) + "': " + std::string(problem));
}

// "HOST:PORT" into host and port; the host is a name or an IPv4 address (no IPv6: tests and targets are
// loopback, and DCMTK's DcmSCU takes host names up to 57 characters).
void parse_host_port(std::string_view whole, std::string_view host_port, Endpoint& endpoint) {
  const auto colon = host_port.rfind(':');
  if (colon == std::string_view::npos) fail(whole, "expected HOST:PORT");
  const std::string_view host = host_port.substr(0, colon);
  const std::string_view port = host_port.substr(colon + 1);
  if (host.empty()) fail(whole, "host is empty");
  if (host.size() > 57) fail(whole, "host is longer than 57 characters");
  for (const char c : host)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_'))
      fail(whole, "host '" + std::string(host) + "' may hold only letters, digits, '.', '-' and '_'");
  unsigned long value = 0;
  const auto [end, ec] = std::from_chars(port.data(), port.data() + port.size(), value);
  if (port.empty() || ec != std::errc() || end != port.data() + port.size() || value < 1 || value > 65535)
    fail(whole, "port must be 1-65535");
  endpoint.host = host;
  endpoint.port = static_cast<std::uint16_t>(value);
}

}  // namespace

std::string ae_title_problem(std::string_view ae_title) {
  if (ae_title.empty()) return "AE title is empty";
  if (ae_title.size() > 16) return "AE title '" + std::string(ae_title) + "' is longer than 16 characters";
  if (ae_title.find_first_not_of(' ') == std::string_view::npos) return "AE title is only spaces";
  for (const char c : ae_title) {
    if (c == '\\') return "AE title '" + std::string(ae_title) + "' contains a backslash";
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return "AE title contains a control character";
  }
  return {};
}

Endpoint Endpoint::parse_dicom(std::string_view text) {
  const auto at = text.rfind('@');
  if (at == std::string_view::npos) fail(text, "expected AET@HOST:PORT");
  Endpoint endpoint;
  endpoint.ae_title = text.substr(0, at);
  if (const auto problem = ae_title_problem(endpoint.ae_title); !problem.empty()) fail(text, problem);
  parse_host_port(text, text.substr(at + 1), endpoint);
  return endpoint;
}

Endpoint Endpoint::parse_hl7(std::string_view text) {
  Endpoint endpoint;
  if (text.find('@') != std::string_view::npos) fail(text, "expected HOST:PORT (no AE title for HL7)");
  parse_host_port(text, text, endpoint);
  return endpoint;
}

std::string Endpoint::to_string() const {
  const std::string host_port = host + ":" + std::to_string(port);
  return ae_title.empty() ? host_port : ae_title + "@" + host_port;
}

}  // namespace ihe::actors
