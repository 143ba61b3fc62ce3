// `ihe-harness actor order-filler`: the Order Filler (RAD-5 worklist, RAD-6/7 MPPS; with <hl7> or --hl7-port
// also RAD-1/2/12 received and RAD-3/4/13 sent).
#include "actors/common/endpoint.h"
#include "actors/order_filler/faults.h"
#include "actors/order_filler/order_filler.h"
#include "app/actor_roles.h"
#include "base/harness_error.h"

namespace ihe::app {
namespace {

std::unique_ptr<actors::SimulatedActor> make_order_filler(const ActorSettings& settings,
                                                          actors::TransactionLog& log) {
  auto config =
      settings.config ? actors::load_order_filler_config(*settings.config) : actors::OrderFillerConfig{};
  if (settings.ae_title) {
    if (const auto problem = actors::ae_title_problem(*settings.ae_title); !problem.empty())
      throw HarnessError("actor order-filler: --aet '" + *settings.ae_title + "': " + problem);
    config.ae_title = *settings.ae_title;
  }
  if (settings.dicom_port) config.dicom_port = *settings.dicom_port;
  if (settings.hl7_port) {
    // --hl7-port switches the HL7 side on with its defaults when the file has no <hl7>.
    if (!config.hl7) config.hl7.emplace();
    config.hl7->port = *settings.hl7_port;
  }
  return std::make_unique<actors::OrderFiller>(std::move(config), settings.faults, log);
}

}  // namespace

extern const ActorRole kOrderFillerRole{"order-filler",
                                        "Order Filler (worklist, MPPS, HL7 orders and patient updates)",
                                        actors::order_filler_faults, make_order_filler};

}  // namespace ihe::app
