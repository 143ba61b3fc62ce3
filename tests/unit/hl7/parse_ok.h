#pragma once

#include <gtest/gtest.h>

#include <string_view>

#include "actors/hl7/parse.h"

namespace ihe::hl7::test {

// Parses text a test knows to be valid; a parse error fails the test with its description.
inline Message parse_ok(std::string_view er7) {
  ParseResult result = parse(er7);
  if (!result.ok()) {
    ADD_FAILURE() << "unexpected parse error: " << result.error().description;
    return {};
  }
  return result.message();
}

}  // namespace ihe::hl7::test
