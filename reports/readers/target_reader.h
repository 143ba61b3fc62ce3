#pragma once

#include <filesystem>
#include <span>
#include <string_view>

#include "reports/model/target.h"

namespace ihe::reports {

// The SUT roles a target may name: the IHE actors the scenario library tests.
std::span<const std::string_view> known_sut_roles();

// Reads a <target> file (format: examples/targets/*.xml; <harness><storage> is Target::harness_storage).
// Throws ihe::HarnessError "FILE:LINE: ..." on malformed XML, unknown elements or attributes, a missing
// required attribute, an unknown SUT role, a port outside 1..65535, an AE title PS3.5 6.2 forbids, or an HL7
// version other than 2.5.1 / 2.3.1.
Target read_target(const std::filesystem::path& path);

}  // namespace ihe::reports
