#include "scenarios/checks/standard_checks.h"

namespace ihe::scenarios {

CheckRegistry standard_checks() {
  CheckRegistry registry;
  add_status_checks(registry);
  add_value_checks(registry);
  add_query_checks(registry);
  add_commitment_checks(registry);
  add_hl7_checks(registry);
  add_item_checks(registry);
  add_presence_checks(registry);
  add_mpps_checks(registry);
  add_protocol_copy_checks(registry);
  add_optional_key_checks(registry);
  add_request_attribute_checks(registry);
  add_object_checks(registry);
  return registry;
}

}  // namespace ihe::scenarios
