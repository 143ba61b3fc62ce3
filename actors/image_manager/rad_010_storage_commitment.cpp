// RAD-10 Storage Commitment: the Storage Commitment Push Model SCP (PS3.4 J.3).
#include <chrono>

#include "actors/image_manager/context.h"
#include "actors/image_manager/faults.h"
#include "actors/net/dicom/scp/event_report_sender.h"
#include "actors/net/dicom/scu/presentation_context.h"

namespace ihe::actors::image_manager {
namespace {

using dicom::DicomDataset;
using dicom::Tag;
using dicom::Vr;

constexpr Tag kTransactionUid{0x0008, 0x1195};
constexpr Tag kReferencedSopSequence{0x0008, 0x1199};
constexpr Tag kFailedSopSequence{0x0008, 0x1198};
constexpr Tag kFailureReason{0x0008, 0x1197};
constexpr Tag kReferencedClass{0x0008, 0x1150};
constexpr Tag kReferencedInstance{0x0008, 0x1155};
constexpr Tag kRetrieveAe{0x0008, 0x0054};
constexpr Tag kSopClassUid{0x0008, 0x0016};

constexpr std::uint16_t kNoSuchAction = 0x0123;
constexpr std::uint16_t kInvalidObjectInstance = 0x0117;  // PS3.4 J.3.5: one well-known instance
constexpr std::uint16_t kMissingAttribute = 0x0120;
constexpr std::uint16_t kNoSuchObject = 0x0112;  // PS3.3 C.14.1.1 Failure Reason
constexpr std::uint16_t kClassInstanceConflict = 0x0119;

// The report's data set (PS3.4 J.3.3.1.2, Table J.3-2): every requested instance either committed or failed.
net::EventReport report_for(Context& context, const DicomDataset& request) {
  DicomDataset report;
  std::vector<DicomDataset> committed, failed;
  const bool pretend = context.faults.on(fault::kStgcmtSuccessForMissing);
  for (const DicomDataset& item : request.items(kReferencedSopSequence)) {
    const auto sop_class = item.string(kReferencedClass).value_or("");
    const auto held = context.archive.instance(item.string(kReferencedInstance).value_or(""));
    std::uint16_t reason = 0;
    if (!held)
      reason = kNoSuchObject;
    else if (held->attributes.string(kSopClassUid).value_or("") != sop_class)
      reason = kClassInstanceConflict;
    DicomDataset out;
    out.set(kReferencedClass, Vr::UI, sop_class)
        .set(kReferencedInstance, Vr::UI, item.string(kReferencedInstance).value_or(""));
    if (reason == 0 || pretend) {
      committed.push_back(std::move(out));
    } else {
      out.set(kFailureReason, Vr::US, std::to_string(reason));
      failed.push_back(std::move(out));
    }
  }
  std::string transaction = request.string(kTransactionUid).value_or("");
  if (context.faults.on(fault::kStgcmtWrongTransactionUid)) transaction += ".9";
  report.set(kTransactionUid, Vr::UI, transaction).set(kRetrieveAe, Vr::AE, context.config.ae_title);
  const std::uint16_t event_type = failed.empty() ? 1 : 2;
  if (!committed.empty() || failed.empty()) report.set_sequence(kReferencedSopSequence, std::move(committed));
  if (!failed.empty()) report.set_sequence(kFailedSopSequence, std::move(failed));
  return {net::sop_class::kStorageCommitmentPushModel, net::sop_class::kStorageCommitmentPushModelInstance,
          event_type, std::move(report)};
}

// PS3.4 J.3.3.1.2 note 2: the report association must use the AE title the N-ACTION was sent to. The
// server's own report path always does, so the fault sends the report itself, from another AE title.
void send_from_wrong_ae(Context& context, const net::AssociationInfo& requester,
                        const net::RemoteAe& destination, net::EventReport report) {
  const std::string wrong_ae = context.config.ae_title == "OTHER_AE" ? "ANOTHER_AE" : "OTHER_AE";
  context.outbox.post([&context, requester, destination, wrong_ae, report = std::move(report)] {
    const auto sent = net::send_event_report(wrong_ae, destination, report, std::chrono::seconds(10));
    context.publish("RAD-10", requester, "N-EVENT-REPORT storage commitment result from " + wrong_ae,
                    sent.error ? sent.error.message() : hex_status(sent.status));
  });
}

net::NResponse on_action(Context& context, const net::NRequest& request) {
  net::NResponse response;
  const std::size_t count = request.dataset.items(kReferencedSopSequence).size();
  const std::string summary = "N-ACTION storage commitment of " + std::to_string(count) + " instance(s)";
  if (request.sop_instance_uid != net::sop_class::kStorageCommitmentPushModelInstance)
    response.status = kInvalidObjectInstance;
  else if (request.type_id != 1)
    response.status = kNoSuchAction;
  else if (!request.dataset.string(kTransactionUid) || count == 0)
    response.status = kMissingAttribute;
  if (response.status != 0) {
    context.publish("RAD-10", request.association, summary, hex_status(response.status) + " refused");
    return response;
  }
  std::string outcome = "0x0000 accepted";
  if (context.faults.on(fault::kStgcmtNeverReport)) {
    context.publish("RAD-10", request.association, summary,
                    outcome + ", no report (fault stgcmt-never-report)");
    return response;
  }
  response.report_after = report_for(context, request.dataset);
  outcome += ", report event type " + std::to_string(response.report_after->event_type);
  const auto peer = context.config.peers.find(request.association.calling_ae);
  if (context.config.report == ReportMode::New && peer != context.config.peers.end()) {
    const net::RemoteAe destination{peer->second.ae_title, peer->second.host, peer->second.port};
    outcome += " on a new association to " + peer->second.to_string();
    if (context.faults.on(fault::kStgcmtReportFromWrongAe)) {
      send_from_wrong_ae(context, request.association, destination, std::move(*response.report_after));
      response.report_after.reset();
      outcome += " from the wrong AE (fault stgcmt-report-from-wrong-ae)";
    } else {
      response.report_destination = destination;
    }
  } else {
    // PS3.4 J.3.3.1.1: the same association is always allowed; without a configured address it is the only
    // way.
    outcome += " on the same association";
  }
  context.publish("RAD-10", request.association, summary, outcome);
  return response;
}

}  // namespace

void register_storage_commitment(net::HandlerRegistry& registry, Context& context) {
  registry.on_n(net::DimseCommand::NAction, net::sop_class::kStorageCommitmentPushModel,
                [&context](const net::NRequest& request) { return on_action(context, request); });
}

}  // namespace ihe::actors::image_manager
