#pragma once

#include <string>
#include <utility>

#include "base/harness_error.h"

namespace ihe::test {

// The one line a user reads when `action` throws ihe::HarnessError (bad configuration or input), "no error"
// when it does not: a test comparing messages then also catches input that should have been refused.
template <class Action>
std::string harness_error_of(Action&& action) {
  try {
    std::forward<Action>(action)();
  } catch (const HarnessError& error) {
    return error.what();
  }
  return "no error";
}

}  // namespace ihe::test
