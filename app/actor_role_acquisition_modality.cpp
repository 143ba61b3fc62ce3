// `ihe-harness actor acquisition-modality`: settings in examples/actors/acquisition-modality.xml.
#include "actors/acquisition_modality/acquisition_modality.h"
#include "actors/acquisition_modality/faults.h"
#include "app/actor_roles.h"

namespace ihe::app {
namespace {

std::unique_ptr<actors::SimulatedActor> make_acquisition_modality(const ActorSettings& settings,
                                                                  actors::TransactionLog& log) {
  auto config = settings.config ? actors::load_modality_config(*settings.config) : actors::ModalityConfig{};
  if (settings.ae_title) config.ae_title = *settings.ae_title;
  if (settings.dicom_port) config.port = *settings.dicom_port;
  return std::make_unique<actors::AcquisitionModality>(std::move(config), log, settings.faults);
}

}  // namespace

extern const ActorRole kAcquisitionModalityRole{"acquisition-modality", "Acquisition Modality",
                                                actors::acquisition_modality_faults,
                                                make_acquisition_modality};

}  // namespace ihe::app
