#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace ihe::actors {

// How to reach a peer. DICOM peers are written `AET@HOST:PORT`, HL7 (MLLP) peers `HOST:PORT`; the AE
// title is empty for the latter.
struct Endpoint {
  std::string ae_title;
  std::string host;
  std::uint16_t port = 0;

  // Throw ihe::HarnessError naming the text and the part at fault, e.g.
  // "'X@127.0.0.1:99999': port must be 1-65535".
  static Endpoint parse_dicom(std::string_view text);
  static Endpoint parse_hl7(std::string_view text);

  std::string to_string() const;  // the form it was parsed from
  bool operator==(const Endpoint&) const = default;
};

// PS3.5 6.2 (AE VR): 1-16 characters of the default repertoire, no backslash, no control characters, not
// only spaces (leading and trailing spaces are insignificant). Returns the reason it is not one, or empty.
std::string ae_title_problem(std::string_view ae_title);

}  // namespace ihe::actors
