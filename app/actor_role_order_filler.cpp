// `ihe-harness actor order-filler`: the Order Filler's DICOM side (RAD-5 worklist, RAD-6/7 MPPS).
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
  if (settings.hl7_port)
    throw HarnessError("actor order-filler: --hl7-port is not supported yet (DICOM side only)");
  return std::make_unique<actors::OrderFiller>(std::move(config), settings.faults, log);
}

}  // namespace

extern const ActorRole kOrderFillerRole{"order-filler", "Order Filler (DICOM side: worklist and MPPS)",
                                        actors::order_filler_faults, make_order_filler};

}  // namespace ihe::app
