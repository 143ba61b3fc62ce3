#include "reports/writers/json_out.h"

#include "base/harness_error.h"
#include "reports/writers/text_escape.h"

namespace ihe::reports {

void JsonOut::raw(std::string_view text) {
  text_ += text;
}

void JsonOut::before_value() {
  if (open_.empty()) {
    if (!text_.empty()) throw HarnessError("JsonOut: a second top-level value");
    return;
  }
  if (open_.back() == '{') {
    if (!after_key_) throw HarnessError("JsonOut: a value inside an object needs a key first");
    after_key_ = false;
    return;
  }
  raw(has_members_.back() ? ",\n" : "\n");
  raw(std::string(2 * open_.size(), ' '));
  has_members_.back() = true;
}

JsonOut& JsonOut::key(std::string_view name) {
  if (open_.empty() || open_.back() != '{' || after_key_)
    throw HarnessError("JsonOut: key outside an object");
  raw(has_members_.back() ? ",\n" : "\n");
  raw(std::string(2 * open_.size(), ' '));
  raw(json_quoted(name));
  raw(": ");
  has_members_.back() = true;
  after_key_ = true;
  return *this;
}

JsonOut& JsonOut::begin_object() {
  before_value();
  raw("{");
  open_.push_back('{');
  has_members_.push_back(false);
  return *this;
}

JsonOut& JsonOut::begin_array() {
  before_value();
  raw("[");
  open_.push_back('[');
  has_members_.push_back(false);
  return *this;
}

void JsonOut::close(char open, char closing) {
  if (open_.empty() || open_.back() != open || after_key_) throw HarnessError("JsonOut: unbalanced end");
  const bool had_members = has_members_.back();
  open_.pop_back();
  has_members_.pop_back();
  if (had_members) {
    raw("\n");
    raw(std::string(2 * open_.size(), ' '));
  }
  text_ += closing;
}

JsonOut& JsonOut::end_object() {
  close('{', '}');
  return *this;
}

JsonOut& JsonOut::end_array() {
  close('[', ']');
  return *this;
}

JsonOut& JsonOut::value(std::string_view text) {
  before_value();
  raw(json_quoted(text));
  return *this;
}

JsonOut& JsonOut::value(std::int64_t number) {
  before_value();
  raw(std::to_string(number));
  return *this;
}

JsonOut& JsonOut::value(bool flag) {
  before_value();
  raw(flag ? "true" : "false");
  return *this;
}

JsonOut& JsonOut::strings(const std::vector<std::string>& texts) {
  begin_array();
  for (const auto& text : texts) value(text);
  return end_array();
}

std::string JsonOut::str() const {
  if (!open_.empty()) throw HarnessError("JsonOut: document still open");
  return text_ + "\n";
}

}  // namespace ihe::reports
