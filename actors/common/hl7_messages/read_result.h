#pragma once

#include <cstddef>
#include <string>
#include <utility>
#include <variant>

#include "base/harness_error.h"

namespace ihe::actors {

// Why a received message could not be read into our records: the first required segment or field that is
// missing or wrong. A peer's message is untrusted, so this is a value, never an exception; a receiver
// turns it into an AE with ERR-3 101 at ERR-2 = segment^1^field (HL7 v2.5.1 2.15.5, table 0357).
struct ReadError {
  std::string segment;      // "PID"
  std::size_t field = 0;    // 0: the whole segment is missing
  std::string description;  // one line naming segment and field: "PID-3.1 (patient ID) is empty"
  bool operator==(const ReadError&) const = default;
};

// Either the record or the reason there is none.
template <class T>
class ReadResult {
 public:
  ReadResult(T value) : value_(std::move(value)) {}
  ReadResult(ReadError error) : value_(std::move(error)) {}

  bool ok() const { return std::holds_alternative<T>(value_); }
  explicit operator bool() const { return ok(); }
  // Throw ihe::HarnessError when the other alternative is held (the caller did not check ok()).
  const T& value() const {
    if (!ok()) throw HarnessError("ReadResult::value() on an error: " + error().description);
    return std::get<T>(value_);
  }
  const ReadError& error() const {
    if (ok()) throw HarnessError("ReadResult::error() on a value");
    return std::get<ReadError>(value_);
  }

 private:
  std::variant<T, ReadError> value_;
};

}  // namespace ihe::actors
