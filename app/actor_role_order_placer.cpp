// `ihe-harness actor order-placer`: places the orders of its config (RAD-2), answers RAD-3 and RAD-1/12.
#include "actors/order_placer/order_placer.h"
#include "actors/order_placer/order_placer_faults.h"
#include "app/actor_roles.h"

namespace ihe::app {
namespace {

std::unique_ptr<actors::SimulatedActor> make_order_placer(const ActorSettings& settings,
                                                          actors::TransactionLog& log) {
  auto config =
      settings.config ? actors::load_order_placer_config(*settings.config) : actors::OrderPlacerConfig{};
  // --aet and --dicom-port do not apply to an HL7-only actor; they are accepted unused so that one command
  // line serves every role (tests/component/actor_examples passes --dicom-port to each).
  if (settings.hl7_port) config.hl7_port = *settings.hl7_port;
  return std::make_unique<actors::OrderPlacer>(std::move(config), settings.faults, log);
}

}  // namespace

extern const ActorRole kOrderPlacerRole{"order-placer",
                                        "Order Placer (RAD-2 sender, RAD-3 and RAD-1/12 receiver)",
                                        actors::order_placer_faults, make_order_placer};

}  // namespace ihe::app
