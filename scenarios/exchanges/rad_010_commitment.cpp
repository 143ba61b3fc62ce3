// send RAD-10 / await RAD-10: the harness's modality asks the SUT to commit what the scenario stored
// (N-ACTION, PS3.4 J.3.2), optionally with instances it never stored; the await step judges the
// N-EVENT-REPORT that answers it (J.3.3), on the same or a new association.
#include "actors/acquisition_modality/modality_tags.h"
#include "actors/net/dicom/sop_classes.h"
#include "base/harness_error.h"
#include "scenarios/engine/check_registry.h"
#include "scenarios/exchanges/dicom_exchanges.h"
#include "scenarios/exchanges/dimse_evidence.h"
#include "scenarios/exchanges/harness_side.h"
#include "scenarios/exchanges/modality_awaits.h"

namespace ihe::scenarios {
namespace {

namespace tags = actors::tags;

dicom::DicomDataset reference(const actors::InstanceRef& ref) {
  dicom::DicomDataset item;
  item.set(tags::ReferencedSopClassUid, ref.sop_class_uid)
      .set(tags::ReferencedSopInstanceUid, ref.sop_instance_uid);
  return item;
}

std::vector<dicom::DicomDataset> references(const std::vector<actors::InstanceRef>& refs) {
  std::vector<dicom::DicomDataset> items;
  for (const auto& ref : refs) items.push_back(reference(ref));
  return items;
}

dicom::DicomDataset report_dataset(const actors::CommitmentReport& report) {
  dicom::DicomDataset ds;
  ds.set(tags::TransactionUid, report.transaction_uid)
      .set_sequence(tags::ReferencedSopSequence, references(report.committed));
  std::vector<dicom::DicomDataset> failed;
  for (const auto& f : report.failed)
    failed.push_back(reference(f.instance).set(tags::FailureReason, std::to_string(f.reason)));
  if (!failed.empty()) ds.set_sequence(tags::FailedSopSequence, failed);
  return ds;
}

// report="new": our modality releases the N-ACTION association at once, so the SUT must open a new one
// for the report (PS3.4 J.3.3.1.2 note 1, spec digest 3.4); "either" (default): whichever the SUT chooses.
std::optional<actors::ReportChannel> report_channel(const Step& step) {
  const auto mode = param_or(step, "report", "either");
  if (mode == "new") return actors::ReportChannel::NewAssociation;
  if (mode == "either") return std::nullopt;
  throw HarnessError(step.where + ": report must be 'either' or 'new', not '" + mode + "'");
}

StepOutcome request(ExchangeContext& context) {
  auto& side = static_cast<HarnessSide&>(context.state);
  auto& modality = side.actors().modality();
  side.commitment_request = side.stored;
  std::string missing;
  for (int i = 0; i < int_param(context.step, "missing", 0); ++i) {
    side.commitment_request.push_back({net::sop_class::kCtImageStorage, modality.uids().uid()});
    missing += (missing.empty() ? "" : " ") + side.commitment_request.back().sop_instance_uid;
  }
  side.commitment = modality.commit(side.commitment_request, report_channel(context.step));
  const auto& result = *side.commitment;
  dicom::DicomDataset action;
  action.set(tags::TransactionUid, result.transaction_uid)
      .set_sequence(tags::ReferencedSopSequence, references(side.commitment_request));
  StepOutcome outcome;
  side.commitment_request_evidence =
      record_dimse(context, true, "N-ACTION-RQ Storage Commitment -> " + answer_text(result.action), action);
  if (!result.action.ok()) {
    outcome.unreachable = record_no_answer(context, result.action);
    return outcome;
  }
  outcome.status = result.action.status;
  outcome.values = {{"transaction-uid", result.transaction_uid},
                    {"requested", std::to_string(side.commitment_request.size())},
                    {"missing-uids", missing}};
  outcome.datasets["request"] = {action};
  return outcome;
}

StepOutcome report(ExchangeContext& context) {
  // A modality SUT requests commitment from the harness's Image Manager instead.
  if (context.target.sut_role == "acquisition-modality") return await_commitment(context);
  auto& side = static_cast<HarnessSide&>(context.state);
  if (!side.commitment)
    throw HarnessError(context.step.where + ": await RAD-10 needs an earlier send RAD-10");
  StepOutcome outcome;
  outcome.datasets["request"] = {
      dicom::DicomDataset{}.set_sequence(tags::ReferencedSopSequence, references(side.commitment_request))};
  outcome.values["transaction-uid"] = side.commitment->transaction_uid;
  const auto& received = side.commitment->report;
  if (!received) {
    const auto id =
        context.evidence.add(reports::EvidenceKind::Timeout, "SUT", "harness", "RAD-10",
                             "no N-EVENT-REPORT within " + std::to_string(context.deadline.count()) + " s",
                             "transaction " + side.commitment->transaction_uid);
    auto f =
        shortfall("N-EVENT-REPORT",
                  "a storage commitment report within " + std::to_string(context.deadline.count()) + " s",
                  "none", "the SUT accepted the commitment request but never reported its result");
    f.spec_ref = {"PS3.4", "J.3.3.1", reports::Strength::Shall};
    f.evidence_ids = {id, side.commitment_request_evidence};
    outcome.findings.push_back(f);
    return outcome;
  }
  const auto dataset = report_dataset(*received);
  const auto id = record_dimse(
      context, false,
      "N-EVENT-REPORT-RQ event type " + std::to_string(received->event_type) +
          (received->same_association
               ? " on the N-ACTION's association"
               : " on a new association from " + received->calling_ae +
                     (received->scp_role_proposed ? ", SCP role proposed" : ", no SCP role proposed")),
      dataset);
  outcome.messages.push_back({"RAD-10", "stgcmt-report", dataset, id});
  outcome.datasets["report"] = {dataset};
  outcome.values["event-type"] = std::to_string(received->event_type);
  outcome.values["report-transaction-uid"] = received->transaction_uid;
  outcome.values["committed"] = std::to_string(received->committed.size());
  outcome.values["failed"] = std::to_string(received->failed.size());
  outcome.values["report-association"] = received->same_association ? "same" : "new";
  outcome.values["report-calling-ae"] =
      received->same_association ? context.target.dicom.ae_title : received->calling_ae;
  // Role selection matters only on an association the SUT opened (PS3.7 D.3.3.4).
  outcome.values["report-scp-role"] = received->same_association
                                          ? "same association"
                                          : (received->scp_role_proposed ? "proposed" : "not proposed");
  return outcome;
}

}  // namespace

void add_rad10_commitment(ExchangeRegistry& registry) {
  registry.add({StepKind::Send,
                "RAD-10",
                "N-ACTION: commit every instance stored so far, plus missing=N never stored; report=new "
                "releases the association at once (the report must come on a new one)",
                {"missing", "report"},
                false,
                request});
  registry.add(
      {StepKind::Await,
       "RAD-10",
       "the N-EVENT-REPORT answering the last send RAD-10 (modality SUT: its N-ACTION at our Image Manager)",
       {},
       false,
       report});
}

}  // namespace ihe::scenarios
