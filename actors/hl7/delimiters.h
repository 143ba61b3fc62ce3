#pragma once

#include <string>

namespace ihe::hl7 {

// The five ER7 delimiters. A message declares its own in MSH-1 (field separator) and MSH-2 (component,
// repetition, escape, subcomponent, in that order) (HL7 v2.5.1 2.5.4); `|^~\&` is only the recommended
// default, so nothing here may assume it.
struct Delimiters {
  char field = '|';
  char component = '^';
  char repetition = '~';
  char escape = '\\';
  char subcomponent = '&';

  // MSH-2 as written: component, repetition, escape, subcomponent.
  std::string encoding_characters() const { return {component, repetition, escape, subcomponent}; }
  bool operator==(const Delimiters&) const = default;
};

}  // namespace ihe::hl7
