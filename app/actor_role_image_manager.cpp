#include <memory>

#include "actors/common/endpoint.h"
#include "actors/image_manager/faults.h"
#include "actors/image_manager/image_manager.h"
#include "app/actor_roles.h"
#include "base/harness_error.h"

namespace ihe::app {
namespace {

std::unique_ptr<actors::SimulatedActor> make_image_manager(const ActorSettings& settings,
                                                           actors::TransactionLog& log) {
  using actors::image_manager::ImageManagerConfig;
  ImageManagerConfig config =
      settings.config ? ImageManagerConfig::from_xml(*settings.config) : ImageManagerConfig{};
  if (settings.ae_title) {
    if (auto problem = actors::ae_title_problem(*settings.ae_title); !problem.empty())
      throw HarnessError("--aet '" + *settings.ae_title + "': " + problem);
    config.ae_title = *settings.ae_title;
  }
  if (settings.dicom_port) config.port = *settings.dicom_port;
  // --hl7-port turns the HL7 listener on even without an <hl7> element (defaults of Hl7ListenerConfig).
  if (settings.hl7_port) {
    if (!config.hl7) config.hl7.emplace();
    config.hl7->port = *settings.hl7_port;
  }
  return std::make_unique<actors::image_manager::ImageManager>(std::move(config), settings.faults, log);
}

}  // namespace

extern const ActorRole kImageManagerRole{"image-manager", "Image Manager/Image Archive",
                                         actors::image_manager_faults, make_image_manager};

}  // namespace ihe::app
