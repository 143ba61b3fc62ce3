#include "app/harness_ports.h"

#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <string>
#include <vector>

#include "base/harness_error.h"

namespace ihe::app {
namespace {

struct Listener {
  const char* element;
  std::uint16_t port;
  const std::string& origin;
};

// The empty string when the port can be listened on as our listeners do (every interface, SO_REUSEADDR
// as DCMTK and Boost.Asio set it), else why not.
std::string cannot_listen(std::uint16_t port) {
  const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
  if (fd < 0) return std::strerror(errno);
  const int on = 1;
  ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
  sockaddr_in address{};
  address.sin_family = AF_INET;
  address.sin_addr.s_addr = htonl(INADDR_ANY);
  address.sin_port = htons(port);
  std::string problem;
  if (::bind(fd, reinterpret_cast<const sockaddr*>(&address), sizeof address) != 0 || ::listen(fd, 1) != 0)
    problem = std::strerror(errno);
  ::close(fd);
  return problem;
}

std::string where(const Listener& l) {
  return (l.origin.empty() ? std::string("target") : l.origin) + ": <harness><" + l.element + "> port " +
         std::to_string(l.port);
}

}  // namespace

void require_free_harness_ports(const reports::Target& target) {
  const std::vector<Listener> listeners{
      {"dicom", target.harness_dicom.port, target.harness_dicom_origin},
      {"storage", target.harness_storage.port, target.harness_storage_origin},
      {"hl7", target.harness_hl7.port, target.harness_hl7_origin},
  };
  for (std::size_t i = 0; i < listeners.size(); ++i) {
    const auto& l = listeners[i];
    if (l.port == 0) continue;
    for (std::size_t j = 0; j < i; ++j)
      if (listeners[j].port == l.port)
        throw HarnessError(where(l) + " is also the port of <harness><" + listeners[j].element +
                           ">: each harness listener needs its own port");
    if (const auto problem = cannot_listen(l.port); !problem.empty())
      throw HarnessError(where(l) + ": the harness cannot listen there (" + problem +
                         "; another program holds it, or it needs privileges): pick a free port and "
                         "configure the SUT to call it");
  }
}

}  // namespace ihe::app
