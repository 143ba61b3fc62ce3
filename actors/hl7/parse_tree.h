#pragma once

#include <cstddef>
#include <string_view>

#include "actors/hl7/delimiters.h"
#include "actors/hl7/message.h"

namespace ihe::hl7 {

// parse_field() into a default Field already in place (the parser's segment vector): a Field is several
// levels of inline small vectors, so moving a finished one costs nearly as much as building it.
void fill_field(Field& field, std::string_view er7, const Delimiters& delimiters);

// How often `c` occurs in `text`, eight bytes at a time: the parser counts every level's delimiters to size
// its lists, and a byte loop was a tenth of the parse (callgrind, bench/validation --count).
std::size_t count_of(std::string_view text, char c);
// fill_field() for text the caller already knows to hold a repetition, component or subcomponent
// delimiter (the parser notes it while splitting the segment).
void fill_nested_field(Field& field, std::string_view er7, const Delimiters& delimiters);

}  // namespace ihe::hl7
