#pragma once

#include <string_view>

#include "actors/hl7/delimiters.h"
#include "actors/hl7/message.h"

namespace ihe::hl7 {

// parse_field() into a default Field already in place (the parser's segment vector): a Field is several
// levels of inline small vectors, so moving a finished one costs nearly as much as building it.
void fill_field(Field& field, std::string_view er7, const Delimiters& delimiters);

}  // namespace ihe::hl7
