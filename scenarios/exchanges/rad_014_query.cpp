// query RAD-14: the harness's Image Display queries the SUT (Study Root C-FIND, RAD TF-2 4.14) at
// level=STUDY|SERIES|IMAGE with the step's <key>s over the level's return keys; every match is validated
// against the RAD-14 response rules of its level.
#include "actors/image_display/rad_014_query.h"

#include "base/harness_error.h"
#include "scenarios/exchanges/dicom_exchanges.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"

namespace ihe::scenarios {
namespace {

actors::QueryLevel level_of(const Step& step) {
  const auto text = param_or(step, "level", "STUDY");
  if (text == "STUDY") return actors::QueryLevel::Study;
  if (text == "SERIES") return actors::QueryLevel::Series;
  if (text == "IMAGE") return actors::QueryLevel::Image;
  throw HarnessError(step.where + ": level must be STUDY, SERIES or IMAGE, not '" + text + "'");
}

std::string rules_id(actors::QueryLevel level) {
  if (level == actors::QueryLevel::Series) return "series-response";
  return level == actors::QueryLevel::Image ? "image-response" : "study-response";
}

StepOutcome query(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  actors::ImageQuery request{level_of(context.step), {}};
  for (const auto& key : context.step.keys) request.keys.set(*dicom::Tag::parse(key.tag), key.value);
  const auto identifier = actors::rad14_identifier(request);
  const auto result = side.actors().display().query_images(request);
  return find_outcome(context, "Study Root " + std::string(actors::to_string(request.level)), identifier,
                      result, rules_id(request.level));
}

}  // namespace

void add_rad14_query(ExchangeRegistry& registry) {
  registry.add({StepKind::Query,
                "RAD-14",
                "C-FIND at level=STUDY|SERIES|IMAGE with <key tag value> children",
                {"level"},
                true,
                query});
}

}  // namespace ihe::scenarios
