// Against an Acquisition Modality SUT: await RAD-6/RAD-7 (MPPS at the harness's Order Filler, linked to the
// published step, PS3.4 F.7.2), await RAD-8 (images at the harness's Image Manager, each validated and
// compared with the worklist item by the profile's copy rules, RAD TF-2 Appendix A) and await RAD-10 (the
// storage commitment request and the delivery of the harness's report to it).
#include "scenarios/exchanges/modality_awaits.h"

#include <thread>

#include "actors/image_manager/archive_index.h"
#include "base/harness_error.h"
#include "scenarios/engine/check_registry.h"
#include "scenarios/exchanges/dicom_exchanges.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"
#include "scenarios/exchanges/modality_procedure.h"
#include "validation/consistency.h"

namespace ihe::scenarios {
namespace {

constexpr dicom::Tag kSpsSequence{0x0040, 0x0100};
constexpr dicom::Tag kSpsId{0x0040, 0x0009};
constexpr dicom::Tag kStudyUid{0x0020, 0x000D};
constexpr dicom::Tag kPatientId{0x0010, 0x0020};

HarnessSide& side_of(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  if (!side.worklist_item && side.unscheduled_patient_id.empty())
    throw HarnessError(context.step.where + ": awaits need an earlier send RAD-5");
  return side;
}

// The procedure's patient: the worklist item's, or the unscheduled case's (send RAD-5 steps=0).
std::string patient_of(const HarnessSide& side) {
  return side.worklist_item ? side.worklist_item->string(kPatientId).value_or("")
                            : side.unscheduled_patient_id;
}

std::string scheduled_sps_id(const HarnessSide& side) {
  if (!side.worklist_item) return "";
  const auto& items = side.worklist_item->items(kSpsSequence);
  return items.empty() ? "" : items[0].string(kSpsId).value_or("");
}

StepOutcome await_mpps(ExchangeContext& context, const std::string& transaction) {
  auto outcome = await_record(context, transaction);
  if (outcome.unreachable) return outcome;
  auto& side = side_of(context);
  outcome.values["linked"] = "no";
  for (const auto& pps : side.actors().servers().order_filler().store().performed_steps())
    for (const auto& ref : pps.linked)
      if (ref.sps_id == scheduled_sps_id(side)) {
        outcome.values["linked"] = "yes";
        outcome.values["mpps-uid"] = pps.mpps_uid;
        outcome.values["pps-status"] = pps.pps_status;
      }
  add_procedure_views(outcome, side, patient_of(side));
  return outcome;
}

// The archived instances of the published procedure: same Study UID or same Patient ID (a copy error in
// the Study UID must not hide the images from the comparison).
std::vector<actors::image_manager::StoredInstance> images_of(HarnessSide& side,
                                                             const std::string& patient_id) {
  if (!side.worklist_item) return archived_instances_of_patient(side, patient_id);
  const auto study = side.worklist_item->string(kStudyUid);
  const auto patient = side.worklist_item->string(kPatientId);
  std::vector<actors::image_manager::StoredInstance> images;
  for (auto& instance : side.actors().servers().image_manager().archive().instances())
    if (instance.attributes.string(kStudyUid) == study || instance.attributes.string(kPatientId) == patient)
      images.push_back(std::move(instance));
  return images;
}

StepOutcome await_images(ExchangeContext& context) {
  auto& side = side_of(context);
  const auto wanted = static_cast<std::size_t>(int_param(context.step, "images", 1));
  const auto deadline = std::chrono::steady_clock::now() + context.deadline;
  const auto patient_id = patient_of(side);
  auto images = images_of(side, patient_id);
  while (images.size() < wanted && std::chrono::steady_clock::now() < deadline) {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    images = images_of(side, patient_id);
  }
  StepOutcome outcome;
  if (images.empty()) {
    context.evidence.add(reports::EvidenceKind::Timeout, "SUT", "harness", "RAD-8",
                         "no image within " + std::to_string(context.deadline.count()) + " s", "");
    outcome.unreachable = "no image of the scheduled procedure arrived";
    return outcome;
  }
  // Unscheduled: no worklist item to copy from (spec digest 3.3: demographics only).
  std::vector<validation::RecordedMessage> recorded;
  if (side.worklist_item) recorded.push_back({"worklist item", "mwl", std::nullopt, *side.worklist_item});
  std::string files;
  for (const auto& image : images) {
    const auto id = record_dimse(context, false, "C-STORE-RQ image as archived", image.attributes);
    outcome.messages.push_back({"RAD-8", "image", image.attributes, id});
    recorded.push_back({id, "image", std::nullopt, image.attributes});
    files += (files.empty() ? "" : "\n") + image.file.string();
  }
  for (const auto& claim : context.scenario.claims)
    if (const auto* rules = side.worklist_item ? context.rules.copy_rules(claim.profile) : nullptr) {
      outcome.findings = validation::check_consistency(recorded, *rules);
      break;
    }
  outcome.values["count"] = std::to_string(images.size());
  outcome.values["image-files"] = files;
  for (auto& image : images) outcome.datasets["images"].push_back(std::move(image.attributes));
  return outcome;
}

}  // namespace

StepOutcome await_record(ExchangeContext& context, const std::string& transaction) {
  auto& side = side_of(context);
  const auto& inbox = side.actors().servers().inbox();
  std::size_t position = 0;
  const auto record =
      inbox.wait(transaction, side.inbox_next, std::chrono::steady_clock::now() + context.deadline, position);
  StepOutcome outcome;
  if (!record) {
    context.evidence.add(reports::EvidenceKind::Timeout, "SUT", "harness", transaction,
                         "no " + transaction + " within " + std::to_string(context.deadline.count()) + " s",
                         "");
    outcome.unreachable =
        "no " + transaction + " from the SUT within " + std::to_string(context.deadline.count()) + " s";
    return outcome;
  }
  side.inbox_next = position + 1;
  // The step's own evidence: the record it waited for (the actors' log noted it when it happened).
  context.evidence.add(
      reports::EvidenceKind::Note, "SUT", "harness", transaction,
      "awaited " + transaction + " from " + record->peer + ": " + record->summary + " -> " + record->outcome,
      "");
  outcome.values = {{"peer", record->peer}, {"summary", record->summary}, {"outcome", record->outcome}};
  return outcome;
}

StepOutcome await_commitment(ExchangeContext& context) {
  auto outcome = await_record(context, "RAD-10");
  if (outcome.unreachable) return outcome;
  // The Image Manager publishes the report's delivery right after the request it answers.
  auto delivery = await_record(context, "RAD-10");
  if (delivery.unreachable) return delivery;
  const auto& result = delivery.values["outcome"];
  outcome.values["report"] = result;
  if (result.rfind("0x0000", 0) != 0) {
    auto finding =
        shortfall("N-EVENT-REPORT", "the SUT accepts the storage commitment report (0x0000)", result,
                  "the SUT did not accept the harness's storage commitment report: " + result);
    finding.spec_ref = {"PS3.4", "J.3.3.1.2 N-EVENT-REPORT (the requester receives the result)",
                        reports::Strength::Shall};
    outcome.findings.push_back(std::move(finding));
  }
  return outcome;
}

void add_modality_awaits(ExchangeRegistry& registry) {
  registry.add({StepKind::Await,
                "RAD-6",
                "the SUT's MPPS N-CREATE at the harness's Order Filler",
                {},
                false,
                [](ExchangeContext& c) { return await_mpps(c, "RAD-6"); }});
  registry.add({StepKind::Await,
                "RAD-7",
                "the SUT's MPPS N-SET at the harness's Order Filler",
                {},
                false,
                [](ExchangeContext& c) { return await_mpps(c, "RAD-7"); }});
  registry.add({StepKind::Await,
                "RAD-8",
                "at least images=1 images of the published procedure at the harness's "
                "Image Manager, checked against the worklist item by the copy rules",
                {"images"},
                false,
                await_images});
}

}  // namespace ihe::scenarios
