#pragma once

#include "scenarios/engine/check_registry.h"

namespace ihe::scenarios {

// Every check scenario files can name, one family per file; `ihe-harness list scenarios` prints them.
CheckRegistry standard_checks();

void add_status_checks(CheckRegistry& registry);        // status_checks.cpp
void add_value_checks(CheckRegistry& registry);         // value_checks.cpp
void add_query_checks(CheckRegistry& registry);         // query_checks.cpp
void add_commitment_checks(CheckRegistry& registry);    // commitment_checks.cpp
void add_hl7_checks(CheckRegistry& registry);           // hl7_checks.cpp
void add_item_checks(CheckRegistry& registry);          // item_checks.cpp
void add_presence_checks(CheckRegistry& registry);      // hl7_presence_checks.cpp
void add_mpps_checks(CheckRegistry& registry);          // mpps_checks.cpp
void add_optional_key_checks(CheckRegistry& registry);  // optional_key_checks.cpp
void add_protocol_copy_checks(CheckRegistry& registry);  // protocol_copy_checks.cpp
// request_attribute_checks.cpp
void add_request_attribute_checks(CheckRegistry& registry);
void add_object_checks(CheckRegistry& registry);        // object_checks.cpp

}  // namespace ihe::scenarios
