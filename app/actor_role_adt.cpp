// `ihe-harness actor adt`: the ADT, sending the RAD-1/RAD-12 events of its configuration once it starts.
#include "actors/adt/adt_actor.h"
#include "actors/adt/adt_faults.h"
#include "app/actor_roles.h"
#include "base/harness_error.h"

namespace ihe::app {
namespace {

std::unique_ptr<actors::SimulatedActor> make_adt(const ActorSettings& settings, actors::TransactionLog& log) {
  // --aet and --dicom-port do not apply to an HL7-only actor; they are accepted unused so that one command
  // line serves every role (tests/component/actor_examples passes --dicom-port to each).
  if (settings.hl7_port)
    throw HarnessError("actor adt: the ADT only sends; give its peers as <send-to> in --config");
  auto config = settings.config ? actors::load_adt_config(*settings.config) : actors::AdtConfig{};
  return std::make_unique<actors::AdtActor>(std::move(config), settings.faults, log);
}

}  // namespace

extern const ActorRole kAdtRole{"adt", "ADT Patient Registration (sends RAD-1/RAD-12)", actors::adt_faults,
                                make_adt};

}  // namespace ihe::app
