// query RAD-5 against an Order Filler SUT: the harness's modality asks the SUT's worklist (Patient Based
// Worklist Query, spec digest 1.3) by patient-id and optionally accession; every item is validated against
// the RAD-5 response rules. What an HL7 step ordered is only seen on the SUT's DICOM side this way.
#include "actors/acquisition_modality/rad_005_worklist_query.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"
#include "scenarios/exchanges/hl7_exchanges.h"

namespace ihe::scenarios {
namespace {

// A responder returns only the keys asked for (PS3.4 C.4.1.2.3): ask, empty, for every top-level type 1/2
// key the RAD-5 response rules of the claimed profile want, so their absence is the SUT's doing.
void ask_for_rule_keys(ExchangeContext& context, dicom::DicomDataset& identifier) {
  for (const auto& claim : context.scenario.claims) {
    const auto* rules = context.rules.dicom_rules(claim.profile, "RAD-5");
    const auto* dataset = rules ? rules->find("mwl-response") : nullptr;
    if (!dataset) continue;
    for (const auto& rule : dataset->top.attributes) {
      const dicom::Tag tag{static_cast<std::uint16_t>(rule.tag >> 16), static_cast<std::uint16_t>(rule.tag)};
      const bool wanted =
          rule.type == profiles::AttributeType::Type1 || rule.type == profiles::AttributeType::Type2;
      if (wanted && rule.items.attributes.empty() && !identifier.contains(tag)) identifier.set(tag, "");
    }
    return;
  }
}

// date="YYYYMMDD" or a range "A-B", "A-", "-B" (PS3.4 C.2.2.2.5), station-ae=AE, modality=XX: matching keys
// in the SPS Sequence item (K.6-1: single value or range matching for the date, single value for the rest).
void set_step_keys(const Step& step, dicom::DicomDataset& identifier) {
  auto& sps = identifier.mutable_items(dicom::Tag{0x0040, 0x0100})->front();
  const std::pair<const char*, dicom::Tag> keys[] = {{"date", dicom::Tag{0x0040, 0x0002}},
                                                     {"station-ae", dicom::Tag{0x0040, 0x0001}},
                                                     {"modality", dicom::Tag{0x0008, 0x0060}}};
  for (const auto& [name, tag] : keys)
    if (const auto value = param_or(step, name, ""); !value.empty()) sps.set(tag, value);
}

StepOutcome query(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  const actors::PatientWorklistQuery request{param_or(context.step, "patient-id", ""), "",
                                             param_or(context.step, "accession", "")};
  auto identifier = actors::worklist_identifier(request);
  set_step_keys(context.step, identifier);
  ask_for_rule_keys(context, identifier);
  const auto result = side.actors().modality().query_worklist(identifier);
  if (!result.matches.empty() && !side.queried_item) side.queried_item = result.matches.front();
  return find_outcome(context, "Modality Worklist", identifier, result, "mwl-response");
}

}  // namespace

void add_rad5_mwl_query(ExchangeRegistry& registry) {
  registry.add(
      {StepKind::Query,
       "RAD-5",
       "MWL C-FIND on the SUT by patient-id (and accession, date, station-ae, modality), as Modality",
       {"patient-id", "accession", "date", "station-ae", "modality"},
       false,
       query});
}

}  // namespace ihe::scenarios
