// await RAD-49: the harness, as the Order Filler an Image Manager SUT notifies (its listener on the
// target's <harness><dicom>), waits for the Instance Availability Notification of the scenario's study
// (PS3.4 Annex R, spec digest 3.7; MESA 134: sent once the PPS's instances are stored) and compares it
// with what the scenario stored and the MPPS it sent.
#include <set>
#include <string>

#include "actors/acquisition_modality/modality_tags.h"
#include "base/harness_error.h"
#include "scenarios/engine/check_registry.h"
#include "scenarios/exchanges/dicom_exchanges.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"

namespace ihe::scenarios {
namespace {

constexpr dicom::Tag kReferencedPps{0x0008, 0x1111};
constexpr dicom::Tag kReferencedSeries{0x0008, 0x1115};
constexpr dicom::Tag kReferencedSops{0x0008, 0x1199};
constexpr dicom::Tag kReferencedInstance{0x0008, 0x1155};
constexpr dicom::Tag kInstanceAvailability{0x0008, 0x0056};

// Instances the notification lists as ONLINE (PS3.4 Table R.3-1: retrievable from the Retrieve AE now).
std::set<std::string> online_instances(const dicom::DicomDataset& ian) {
  std::set<std::string> online;
  for (const auto& series : ian.items(kReferencedSeries))
    for (const auto& sop : series.items(kReferencedSops))
      if (sop.string(kInstanceAvailability).value_or("") == "ONLINE")
        online.insert(sop.string(kReferencedInstance).value_or(""));
  return online;
}

StepOutcome notification(ExchangeContext& context) {
  if (context.target.sut_role != "image-manager")
    throw HarnessError(context.step.where + ": await RAD-49 is for an Image Manager SUT");
  auto& side = static_cast<HarnessSide&>(context.state);
  const auto& procedure = side.procedure(context.step);
  StepOutcome outcome;
  auto received = side.actors().modality().ian_inbox().wait(procedure.study_uid, context.deadline);
  outcome.values["received"] = received ? "1" : "0";
  if (!received) {
    const auto id = context.evidence.add(
        reports::EvidenceKind::Timeout, "SUT", "harness", "RAD-49",
        "no Instance Availability Notification within " + std::to_string(context.deadline.count()) + " s",
        "study " + procedure.study_uid + " to AE " + context.target.harness_dicom.ae_title);
    auto f = shortfall(
        "N-CREATE Instance Availability Notification",
        "an IAN for study " + procedure.study_uid + " sent to " + context.target.harness_dicom.ae_title,
        "none", "the SUT never notified the availability of the stored instances");
    f.spec_ref = {"RAD TF-2", "4.49 Instance Availability Notification", reports::Strength::Shall};
    f.evidence_ids = {id};
    outcome.findings.push_back(f);
    return outcome;
  }
  const auto& ian = received->dataset;
  const auto id = record_dimse(
      context, false, "N-CREATE-RQ Instance Availability Notification from " + received->calling_ae, ian);
  outcome.messages.push_back({"RAD-49", "ian", ian, id});
  outcome.datasets["ian"] = {ian};
  const auto online = online_instances(ian);
  std::string unlisted;
  int unlisted_count = 0;
  for (const auto& ref : side.stored) {
    if (online.contains(ref.sop_instance_uid)) continue;
    unlisted += (unlisted.empty() ? "" : " ") + ref.sop_instance_uid;
    ++unlisted_count;
  }
  const auto pps = ian.items(kReferencedPps);
  outcome.values["study-uid"] = ian.string(actors::tags::StudyInstanceUid).value_or("");
  outcome.values["pps-uid"] = pps.empty() ? "" : pps.front().string(kReferencedInstance).value_or("");
  outcome.values["online"] = std::to_string(online.size());
  outcome.values["unlisted"] = std::to_string(unlisted_count);
  outcome.values["unlisted-uids"] = unlisted;
  outcome.values["calling-ae"] = received->calling_ae;
  return outcome;
}

}  // namespace

void add_rad49_availability(ExchangeRegistry& registry) {
  registry.add({StepKind::Await,
                "RAD-49",
                "the Image Manager SUT's Instance Availability Notification for the scenario's study, at the "
                "harness's Order Filler AE (<harness><dicom>)",
                {},
                false,
                notification});
}

}  // namespace ihe::scenarios
