#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ihe::reports {

// A streaming JSON text builder (RFC 8259) with two-space indentation: it places the commas and keeps
// the nesting honest, and every string goes through json_quoted. Misuse (a value without a key inside an
// object, unbalanced ends) is a harness bug and throws ihe::HarnessError.
class JsonOut {
 public:
  JsonOut& begin_object();
  JsonOut& end_object();
  JsonOut& begin_array();
  JsonOut& end_array();
  JsonOut& key(std::string_view name);

  JsonOut& value(std::string_view text);
  JsonOut& value(const char* text) { return value(std::string_view(text)); }
  JsonOut& value(std::int64_t number);
  JsonOut& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonOut& value(bool flag);
  JsonOut& strings(const std::vector<std::string>& texts);

  // key(name).value(v) in one call.
  template <typename T>
  JsonOut& member(std::string_view name, const T& v) {
    return key(name).value(v);
  }

  // The finished document; throws when an object or array is still open.
  std::string str() const;

 private:
  void before_value();
  void raw(std::string_view text);
  void close(char open, char closing);

  std::string text_;
  std::vector<char> open_;         // '{' or '[' per nesting level
  std::vector<bool> has_members_;  // per nesting level
  bool after_key_ = false;
};

}  // namespace ihe::reports
