#pragma once

#include "reports/model/target.h"

namespace ihe::app {

// Before a run talks to anybody: every port the target asks the harness to listen on (its <harness>
// dicom, storage and hl7 elements) must be free. A port another program holds would otherwise surface as
// an Error in every scenario that needs the listener; it is the user's configuration, so it is one
// HarnessError naming FILE:LINE of the element and the port (exit 2).
void require_free_harness_ports(const reports::Target& target);

}  // namespace ihe::app
