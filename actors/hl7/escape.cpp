#include "actors/hl7/escape.h"

#include <utility>

namespace ihe::hl7 {
namespace {

// The one-letter escape sequences of HL7 v2.5.1 2.7 that stand for a delimiter; 0 for any other.
char delimiter_for(std::string_view sequence, const Delimiters& d) {
  if (sequence.size() != 1) return 0;
  switch (sequence[0]) {
    case 'F':
      return d.field;
    case 'S':
      return d.component;
    case 'T':
      return d.subcomponent;
    case 'R':
      return d.repetition;
    case 'E':
      return d.escape;
    default:
      return 0;
  }
}

// The inverse of delimiter_for: the letter standing for `c`, 0 when `c` needs no escape.
char letter_for(char c, const Delimiters& d) {
  for (const auto& [delimiter, letter] :
       {std::pair{d.field, 'F'}, std::pair{d.component, 'S'}, std::pair{d.subcomponent, 'T'},
        std::pair{d.repetition, 'R'}, std::pair{d.escape, 'E'}}) {
    if (c == delimiter) return letter;
  }
  return 0;
}

}  // namespace

std::string decode(std::string_view er7, const Delimiters& delimiters) {
  std::string text;
  text.reserve(er7.size());
  std::size_t pos = 0;
  while (pos < er7.size()) {
    const std::size_t open = er7.find(delimiters.escape, pos);
    const std::size_t close = open == std::string_view::npos ? open : er7.find(delimiters.escape, open + 1);
    if (close == std::string_view::npos) break;
    text.append(er7.substr(pos, open - pos));
    const std::string_view sequence = er7.substr(open + 1, close - open - 1);
    if (const char c = delimiter_for(sequence, delimiters)) {
      text.push_back(c);
    } else {
      text.append(er7.substr(open, close - open + 1));
    }
    pos = close + 1;
  }
  text.append(er7.substr(std::min(pos, er7.size())));
  return text;
}

std::string encode(std::string_view text, const Delimiters& delimiters) {
  std::string er7;
  er7.reserve(text.size());
  for (const char c : text) {
    const char letter = letter_for(c, delimiters);
    if (letter == 0) {
      er7.push_back(c);
    } else {
      er7 += {delimiters.escape, letter, delimiters.escape};
    }
  }
  return er7;
}

}  // namespace ihe::hl7
