// `ihe-harness actor image-display`: settings from <actor role="image-display"> (examples/actors/
// image-display.xml), then --aet and --dicom-port.
#include "actors/image_display/faults.h"
#include "actors/image_display/image_display.h"
#include "app/actor_roles.h"

namespace ihe::app {
namespace {

std::unique_ptr<actors::SimulatedActor> make_image_display(const ActorSettings& settings,
                                                           actors::TransactionLog& log) {
  actors::ImageDisplayConfig config =
      settings.config ? actors::load_image_display_config(*settings.config) : actors::ImageDisplayConfig{};
  if (settings.ae_title) {
    actors::check_ae_title(*settings.ae_title, "--aet");
    config.ae_title = *settings.ae_title;
  }
  if (settings.dicom_port) config.port = *settings.dicom_port;
  return std::make_unique<actors::ImageDisplay>(std::move(config), settings.faults, log);
}

}  // namespace

extern const ActorRole kImageDisplayRole{"image-display", "Image Display", actors::image_display_faults,
                                         make_image_display};

}  // namespace ihe::app
