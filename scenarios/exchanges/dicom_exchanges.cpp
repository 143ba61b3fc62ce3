#include "scenarios/exchanges/dicom_exchanges.h"

#include "scenarios/exchanges/harness_side.h"
#include "scenarios/exchanges/hl7_exchanges.h"

namespace ihe::scenarios {

ExchangeRegistry dicom_exchanges() {
  // One set of harness actors per run, from its target: their ports stay bound from scenario to scenario.
  ExchangeRegistry registry(
      [](const reports::Target& target) { return std::make_unique<HarnessActors>(target); },
      [](RunState& run, const reports::Target&, EvidenceLog& evidence) {
        auto& actors = static_cast<HarnessActors&>(run);
        actors.attach(evidence);
        return std::make_unique<HarnessSide>(actors);
      });
  add_rad8_store(registry);
  add_rad6_rad7_mpps(registry);
  add_rad10_commitment(registry);
  add_rad49_availability(registry);
  add_rad14_query(registry);
  add_rad16_retrieve(registry);
  add_rad5_worklist(registry);
  add_modality_awaits(registry);
  add_hl7_sends(registry);
  add_hl7_awaits(registry);
  add_rad5_mwl_query(registry);
  return registry;
}

}  // namespace ihe::scenarios
