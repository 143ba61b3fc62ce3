#pragma once

#include <stdexcept>
#include <string>

namespace ihe {

// The one exception type of the project: a harness bug or a bad configuration (missing file, malformed
// XML, unknown actor, port in use). Its message is the single line the user sees, so it names the file,
// line or field at fault. A system under test that misbehaves is never reported this way: that is a
// std::error_code on the transport or a Finding of a check.
class HarnessError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace ihe
