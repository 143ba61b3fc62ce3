#pragma once

#include <filesystem>
#include <functional>
#include <string>

#include "reports/model/statement.h"

namespace ihe::reports {

// Reads an <integration-statement> file (format: examples/statements/*.xml). Throws ihe::HarnessError
// "FILE:LINE: ..." on malformed XML, unknown elements or attributes, a missing required attribute, no
// claim, or the same claim twice. Whether a profile/actor/option id exists is the profiles catalog's
// knowledge, not this reader's: `problem_of` (e.g. scenarios::claim_problem over the catalog) returns
// what is wrong with a claim or an empty string, and a problem fails the claim's own FILE:LINE.
using ClaimProblemFn = std::function<std::string(const Claim&)>;
IntegrationStatement read_integration_statement(const std::filesystem::path& path,
                                                const ClaimProblemFn& problem_of = {});

}  // namespace ihe::reports
