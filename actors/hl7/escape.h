#pragma once

#include <string>
#include <string_view>

#include "actors/hl7/delimiters.h"

namespace ihe::hl7 {

// HL7 v2.5.1 2.7: a delimiter inside data travels as \F\ \S\ \T\ \R\ and the escape character itself as
// \E\ (written with the message's own escape character). decode() replaces those five; every other escape
// sequence (\H\ \N\ highlighting, \.br\ formatting, \Xhh\ hex, \Zxx\ local, \C..\ \M..\ character sets) and
// an unterminated one stay in the text verbatim, because their meaning belongs to the receiving
// application, not to the parser.
std::string decode(std::string_view er7, const Delimiters& delimiters);

// The inverse for plain text: every delimiter and escape character becomes its escape sequence.
std::string encode(std::string_view text, const Delimiters& delimiters);

}  // namespace ihe::hl7
