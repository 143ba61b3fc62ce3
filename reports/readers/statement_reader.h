#pragma once

#include <filesystem>

#include "reports/model/statement.h"

namespace ihe::reports {

// Reads an <integration-statement> file (format: examples/statements/*.xml). Throws ihe::HarnessError
// "FILE:LINE: ..." on malformed XML, unknown elements or attributes, a missing required attribute, no
// claim, or the same claim twice. Whether a profile/actor/option id exists is the run plan's check
// against the profiles catalog, not this reader's.
IntegrationStatement read_integration_statement(const std::filesystem::path& path);

}  // namespace ihe::reports
